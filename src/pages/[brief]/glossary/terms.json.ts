import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossaries } from '../../../content-loaders/glossary';
import { sectionShortTitles } from '../../../lib/brief-pages';
import { href, sectionPath } from '../../../lib/urls';
import type { TermDefinitions } from '../../../client/terms/definitions';

// Each brief's glossary as data, for the definition a term shows when a reader clicks it in the text
// (src/client/terms/popover.ts). Fetched on that first click, never with the page.
export const getStaticPaths = (async () =>
  (await loadGlossaries()).map(({ glossary, brief }) => ({
    params: { brief: brief.id },
    props: { glossary, brief },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({
  props: { glossary, brief },
}) => {
  // The glossary's schema check has already tied every term to a section of this brief.
  const titles = sectionShortTitles(brief);
  const definitions: TermDefinitions = Object.fromEntries(
    glossary.data.terms.map(({ id, term, definition, source, section }) => [
      id,
      {
        term,
        definition,
        source: { publisher: source.publisher, title: source.title, year: source.year, url: source.url },
        section: { title: titles.get(section) ?? section, href: href(sectionPath(brief.id, section)) },
      },
    ]),
  );
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json' } });
};
