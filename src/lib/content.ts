import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleBriefs, documentsOf, sectionSlug, type Brief } from './brief-model';
import { ContentError } from './content-errors';
import { minutesFor, readingWords, type ReadableDataset } from './reading-time';

/** A section entry; the file path is always known (filled in by loadBriefs when Astro omits it). */
export type Section = CollectionEntry<'sections'> & { filePath: string };
export type Dataset = CollectionEntry<'datasets'>;
/** A page in content/pages: a page of the site (about) or a companion page of a brief. */
export type Page = CollectionEntry<'pages'> & { filePath: string };
export type LoadedBrief = Brief<Section, Page> & { id: string };

let cache: Promise<LoadedBrief[]> | undefined;

const withFile = <T extends { filePath?: string | undefined; id: string }>(entry: T, folder: string) => ({
  ...entry,
  filePath: entry.filePath ?? `${folder}/${entry.id}`,
});

/** Every brief with its sections in reading order, checked once per build. */
export function loadBriefs(): Promise<LoadedBrief[]> {
  cache ??= (async () => {
    const briefs = (await getCollection('briefs')).map((entry) => withFile(entry, 'content/briefs'));
    const sections = (await getCollection('sections')).map((entry) => withFile(entry, 'content/sections'));
    const pages = (await getCollection('pages')).map((entry) => withFile(entry, 'content/pages'));
    return assembleBriefs(briefs, sections, pages).map((brief) => ({ ...brief, id: brief.entry.id }));
  })();
  return cache;
}

export async function loadBrief(id: string): Promise<LoadedBrief> {
  const brief = (await loadBriefs()).find((candidate) => candidate.id === id);
  if (!brief) throw new Error(`No brief "${id}" in content/briefs`);
  return brief;
}

/** The section or companion page that lists a source id, and the citation number the source has there. */
export async function findSource(sourceId: string, where: string) {
  for (const brief of await loadBriefs()) {
    for (const section of documentsOf(brief)) {
      const index = section.data.sources.findIndex((source) => source.id === sourceId);
      if (index >= 0) return { brief, section, source: section.data.sources[index]!, number: index + 1, anchor: sourceAnchor(section, sourceId) };
    }
  }
  throw new ContentError(where, 'Cite id', `"${sourceId}" is not in the sources of any section; add it to the section's frontmatter`);
}

export async function loadDataset(id: string, where: string): Promise<Dataset> {
  const datasets = await getCollection('datasets');
  const found = datasets.find((dataset) => dataset.id === id);
  if (!found) {
    throw new ContentError(where, 'data', `"${id}" is not a dataset in content/data (known: ${datasets.map((d) => d.id).sort().join(', ')})`);
  }
  return found;
}

export { documentsOf, sectionSlug };

/**
 * Anchor of a source in a section's (or companion page's) source list; citations link to it. Source ids are
 * unique within a brief, so the id alone is unique even on the one-page edition; short anchors matter
 * because a section carries dozens of citations.
 */
export const sourceAnchor = (_section: { id: string }, sourceId: string) => `src-${sourceId}`;

let datasetIndex: Promise<Map<string, ReadableDataset>> | undefined;

/** Minutes a reader needs for a section or page: its prose plus the text of the figures it shows. */
export async function readingMinutes(section: { body?: string | undefined }): Promise<number> {
  datasetIndex ??= getCollection('datasets').then((all) => new Map(all.map((entry) => [entry.id, entry.data])));
  const datasets = await datasetIndex;
  return minutesFor(readingWords(section.body ?? '', (id) => datasets.get(id)));
}
