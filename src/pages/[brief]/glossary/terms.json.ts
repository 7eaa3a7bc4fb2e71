import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossaries } from '../../../lib/reference';
import type { TermDefinitions } from '../../../lib/terms/definitions';

// Each brief's glossary as data, for the definition a term shows when a reader clicks it in the text
// (src/lib/terms/popover.ts). Fetched on that first click, never with the page.
export const getStaticPaths = (async () =>
  (await loadGlossaries()).map(({ glossary, brief }) => ({ params: { brief: brief.id }, props: { terms: glossary.data.terms } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) => {
  const definitions: TermDefinitions = Object.fromEntries(
    props.terms.map(({ id, term, definition, source }) => [id, { term, definition, source: { publisher: source.publisher, title: source.title, year: source.year, url: source.url } }]),
  );
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json' } });
};
