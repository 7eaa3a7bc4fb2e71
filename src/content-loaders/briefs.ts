import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../content-checks';
import { assembleBriefs, documentsOf, sectionSlug, withFile, type Brief } from './brief-model';

/** A section entry; the file path is always known (filled in by loadBriefs when Astro omits it). */
export type Section = CollectionEntry<'sections'> & { filePath: string };
/** A page in content/pages: a page of the site (about) or a companion page of a brief. */
export type Page = CollectionEntry<'pages'> & { filePath: string };
export type LoadedBrief = Brief<Section, Page> & { id: string };

let cache: Promise<LoadedBrief[]> | undefined;

/** Every brief with its sections in reading order and its companion pages, once the content checks pass. */
export function loadBriefs(): Promise<LoadedBrief[]> {
  cache ??= (async () => {
    await checkContent();
    const briefs = (await getCollection('briefs')).map((entry) => withFile(entry, 'content/briefs'));
    const sections = (await getCollection('sections')).map((entry) => withFile(entry, 'content/sections'));
    const pages = (await getCollection('pages')).map((entry) => withFile(entry, 'content/pages'));
    return assembleBriefs(briefs, sections, pages).map((brief) => ({ ...brief, id: brief.entry.id }));
  })();
  return cache;
}

export { documentsOf, sectionSlug };
