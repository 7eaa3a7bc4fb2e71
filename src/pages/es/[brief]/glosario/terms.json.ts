import type { APIRoute, GetStaticPaths } from 'astro';
import { glossariesIn, sectionLinks } from '../../../../content-loaders/reference-translations';
import { termDefinitions } from '../../../../lib/term-definitions';
import { briefSlug } from '../../../../i18n/addresses.mjs';

// The Spanish glossary as data, for the definition a term shows when a reader clicks it in Spanish text: the
// popover fetches terms.json beside the glossary page the term links to, so each language gets its own.
export const getStaticPaths = (async () =>
  (await glossariesIn('es')).map((glossary) => ({
    params: { brief: briefSlug('es', glossary.brief.id) },
    props: { glossary },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({
  props: { glossary },
}) => {
  const definitions = termDefinitions(glossary.terms, await sectionLinks('es', glossary.brief));
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json' } });
};
