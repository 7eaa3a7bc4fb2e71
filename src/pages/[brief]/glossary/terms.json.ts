import type { APIRoute, GetStaticPaths } from 'astro';
import { glossariesIn, sectionLinks } from '../../../content-loaders/reference-translations';
import { termDefinitions } from '../../../lib/term-definitions';

// Each brief's glossary as data, for the definition a term shows when a reader clicks it in the text
// (src/client/terms/popover.ts). Fetched on that first click, never with the page.
export const getStaticPaths = (async () =>
  (await glossariesIn('en')).map((glossary) => ({
    params: { brief: glossary.brief.id },
    props: { glossary },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({
  props: { glossary },
}) => {
  // The glossary's schema check has already tied every term to a section of this brief.
  const definitions = termDefinitions(glossary.terms, await sectionLinks('en', glossary.brief));
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json' } });
};
