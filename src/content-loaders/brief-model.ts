import type { BriefData } from '../schemas/brief';
import type { PageData } from '../schemas/page';
import type { SectionData } from '../schemas/section';

export interface BriefEntry {
  id: string;
  filePath: string;
  data: BriefData;
}
export interface SectionEntry {
  /** "<brief>/<section>", from the file's path. */
  id: string;
  filePath: string;
  data: SectionData;
}
export interface PageEntry {
  /** "<brief>/<name>" for a brief's companion page, "<name>" for a page of the site. */
  id: string;
  filePath: string;
  data: PageData;
}
export interface Brief<S extends SectionEntry = SectionEntry, P extends PageEntry = PageEntry> {
  entry: BriefEntry;
  sections: S[];
  /** Companion pages (content/pages/<brief>/), in file-name order. */
  pages: P[];
}

/** An entry with its file path, which Astro leaves out for some loaders: the folder and id still name the file. */
export const withFile = <T extends { filePath?: string | undefined; id: string }>(entry: T, folder: string) => ({
  ...entry,
  filePath: entry.filePath ?? `${folder}/${entry.id}`,
});

/** The folder a page sits in (content/pages/<folder>/), or undefined for a page of the site itself. */
export const pageFolder = (page: { id: string }) => (page.id.includes('/') ? page.id.split('/')[0] : undefined);

/** Everything of a brief that is written in MDX and cites its own sources: sections, then companion pages. */
export const documentsOf = <S extends SectionEntry, P extends PageEntry>(brief: Brief<S, P>): (S | P)[] => [
  ...brief.sections,
  ...brief.pages,
];

/** The section's own id within its brief: the file name without the folder. */
export const sectionSlug = (section: { id: string }) => section.id.split('/').pop() ?? section.id;

/** The companion pages of a brief: those in its folder or naming it, in file-name order. */
export const companionPagesOf = <P extends PageEntry>(briefId: string, pages: P[]): P[] =>
  pages
    .filter((page) => page.data.brief === briefId || pageFolder(page) === briefId)
    .sort((a, b) => a.id.localeCompare(b.id));

/**
 * Joins briefs with their sections (in the brief's order) and companion pages. Pure, and it trusts its input:
 * src/content-checks/ has already failed the build on any disagreement between the files.
 */
export function assembleBriefs<S extends SectionEntry, P extends PageEntry = PageEntry>(
  briefs: BriefEntry[],
  sections: S[],
  pages: P[] = [],
): Brief<S, P>[] {
  return briefs.map((brief) => ({
    entry: brief,
    sections: brief.data.sections.flatMap((slug) =>
      sections.filter((section) => section.data.brief === brief.id && sectionSlug(section) === slug),
    ),
    pages: companionPagesOf(brief.id, pages),
  }));
}
