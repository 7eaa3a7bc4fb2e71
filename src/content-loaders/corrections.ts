// The corrections record of each brief (content/corrections/<brief>/<slug>.yml), joined with the brief and
// ordered as the text reads. The folder, the file name and the page are checked in src/content-checks/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentsOf, loadBriefs, sectionSlug, type LoadedBrief } from './briefs';
import { ContentError } from '../content-checks/content-error';
import { correctionSlug } from '../content-checks/cross-file';
import { correctionPages } from '../schemas/correction';
import { figuresPath, glossaryPath, guidePath, sectionPath, timelinePath } from '../lib/urls';

export type CorrectionEntry = CollectionEntry<'corrections'>;

export interface Correction {
  /** The file name: the entry's permanent anchor on the corrections page. */
  slug: string;
  file: string;
  data: CorrectionEntry['data'];
  /** The place in the brief the correction concerns. */
  place: { path: string; title: string; anchor: string | undefined };
}

export interface BriefCorrections {
  brief: LoadedBrief;
  /** In reading order: by the place in the brief, then by where the text links to the entry. */
  corrections: Correction[];
}

/** The pages of a brief a correction may name, in reading order, with where each lives. */
function placesOf(brief: LoadedBrief): Map<string, { path: string; title: string; body: string }> {
  const places = new Map<string, { path: string; title: string; body: string }>();
  for (const doc of documentsOf(brief)) {
    const title = 'shortTitle' in doc.data ? doc.data.shortTitle : doc.data.title;
    places.set(sectionSlug(doc), { path: sectionPath(brief.id, sectionSlug(doc)), title, body: doc.body ?? '' });
  }
  const own: Record<(typeof correctionPages)[number], { path: string; title: string }> = {
    glossary: { path: glossaryPath(brief.id), title: 'Glossary' },
    timeline: { path: timelinePath(brief.id), title: 'Timeline' },
    figures: { path: figuresPath(brief.id), title: 'Figures' },
    guide: { path: guidePath(brief.id), title: 'Discussion guide' },
  };
  for (const name of correctionPages) places.set(name, { ...own[name], body: '' });
  return places;
}

let cache: Promise<BriefCorrections[]> | undefined;

export function loadCorrections(): Promise<BriefCorrections[]> {
  cache ??= (async () => {
    const briefs = await loadBriefs();
    const entries = await getCollection('corrections');
    return briefs.map((brief) => {
      const places = placesOf(brief);
      const order = [...places.keys()];
      const corrections = entries
        .filter((entry) => entry.id.split('/')[0] === brief.id)
        .map((entry): Correction & { rank: [number, number] } => {
          const file = entry.filePath ?? `content/corrections/${entry.id}.yml`;
          const slug = correctionSlug(file);
          const place = places.get(entry.data.page)!;
          // Entries follow the text: the position of the first link to the entry on its page, or of its figure.
          const figure = entry.data.anchor?.startsWith('fig-')
            ? place.body.indexOf(`<Figure id="${entry.data.anchor.slice(4)}"`)
            : -1;
          const linked = place.body.indexOf(`<Corrected id="${slug}"`);
          const at = linked >= 0 ? linked : figure;
          const rank: [number, number] = [order.indexOf(entry.data.page), at >= 0 ? at : Number.MAX_SAFE_INTEGER];
          return {
            slug,
            file,
            data: entry.data,
            place: { path: place.path, title: place.title, anchor: entry.data.anchor },
            rank,
          };
        })
        .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.slug.localeCompare(b.slug))
        .map(({ rank: _rank, ...correction }) => correction);
      return { brief, corrections };
    });
  })();
  return cache;
}

/**
 * The correction a link names. A page under /<brief>/ prefers its own brief's record; an unknown id fails the
 * build naming the page, so no "corrected" link can lead nowhere.
 */
export async function findCorrection(
  id: string,
  pageBrief: string | undefined,
  where: string,
  field = 'Corrected id',
): Promise<{ brief: LoadedBrief; correction: Correction }> {
  const matches = (await loadCorrections()).flatMap(({ brief, corrections }) =>
    corrections.filter((correction) => correction.slug === id).map((correction) => ({ brief, correction })),
  );
  const found = matches.find((match) => match.brief.id === pageBrief) ?? matches[0];
  if (!found) {
    // Name the MDX file that writes the link when there is one: the page it shows on may be the one-page edition.
    const files = (await loadBriefs()).flatMap((brief) =>
      documentsOf(brief)
        .filter((doc) => (doc.body ?? '').includes(`<Corrected id="${id}"`))
        .map((doc) => doc.filePath),
    );
    const place = files.length > 0 ? `${files.join(', ')} (${where})` : where;
    throw new ContentError(
      place,
      field,
      `"${id}" is not a correction in content/corrections/${pageBrief ?? '<brief>'}/ (add ${id}.yml there, or fix the id)`,
    );
  }
  return found;
}
