// Every address the site makes, in one place: the site paths of a brief's pages (what each is called, and
// so which names a section or a companion page cannot take) and the links that add the base path to them.
// Every internal link goes through href(), so the same build works at a domain root or under a sub-path.
import { withTrailingSlash } from './base-path.mjs';
import { briefPageNamesIn } from './page-names.mjs';

// Read when a link is made, not on import: the content checks import the route names from here and run
// outside Astro too, where there is no BASE_URL.
const base = () => withTrailingSlash(import.meta.env.BASE_URL);

/** Turns a site path like "human-trafficking/history/" into a link that honours the base path. */
export function href(path = ''): string {
  return base() + path.replace(/^\//, '');
}

/** Absolute URL for canonical links, previews and the sitemap. */
export function absolute(path = ''): string {
  const site = import.meta.env.SITE ?? 'http://localhost:4321';
  return new URL(href(path), site).toString();
}

/** The site path of an address on this site: "/briefs/human-trafficking/history/" → "human-trafficking/history/". */
export const sitePathOf = (pathname: string) => pathname.slice(base().length);

/** The brief an address on this site belongs to: the first segment of its site path. */
export const briefOfPath = (pathname: string) => sitePathOf(pathname).split('/')[0] ?? '';

/**
 * The pages the site makes for every brief, by the name each takes in the brief's address (each language's
 * names are in page-names.mjs). Each is a page under src/pages/[brief]/ (a unit test keeps the two equal), so
 * no section or companion page may take one of these names.
 */
export const briefPageNames = briefPageNamesIn.en;

export const reservedNames: readonly string[] = Object.values(briefPageNames);

export const briefPath = (brief: string) => `${brief}/`;
/** A section or a companion page: both take their file name. */
export const sectionPath = (brief: string, section: string) => `${brief}/${section}/`;
export const fullBriefPath = (brief: string) => sectionPath(brief, briefPageNames.fullBrief);
export const figuresPath = (brief: string) => sectionPath(brief, briefPageNames.figures);
export const guidePath = (brief: string) => sectionPath(brief, briefPageNames.guide);
export const glossaryPath = (brief: string) => sectionPath(brief, briefPageNames.glossary);
export const timelinePath = (brief: string) => sectionPath(brief, briefPageNames.timeline);
export const correctionsPath = (brief: string) => sectionPath(brief, briefPageNames.corrections);
/** A correction's entry on the corrections page: its anchor is the entry's file name. */
export const correctionHref = (brief: string, slug: string) => `${correctionsPath(brief)}#${slug}`;
/** A dataset as CSV, for download. */
export const csvPath = (dataset: string) => `data/${dataset}.csv`;
