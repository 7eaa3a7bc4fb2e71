// A glossary as the data a term's popover reads (<brief>/glossary/terms.json and its counterpart in every
// language): each term's words, its source, and where the brief explains it, in the page's language when
// that section is translated.
import type { TermDefinitions } from '../client/terms/definitions';
import type { SectionLink, Term } from '../content-loaders/reference-translations';
import { href } from './urls';

export const termDefinitions = (terms: Term[], links: Map<string, SectionLink>): TermDefinitions =>
  Object.fromEntries(
    terms.map(({ id, term, definition, source, section }) => {
      const link = links.get(section);
      return [
        id,
        {
          term,
          definition,
          source: { publisher: source.publisher, title: source.title, year: source.year, url: source.url },
          section: {
            title: link?.title ?? section,
            href: href(link?.path ?? section),
            ...(link?.inEnglish ? { inEnglish: true } : {}),
          },
        },
      ];
    }),
  );
