import type { BriefData } from '../schemas/brief';
import type { PageData } from '../schemas/page';
import type { SectionData } from '../schemas/section';
import { ContentError } from './content-errors';
import { reservedNames } from './urls';

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

/** The folder a page sits in (content/pages/<folder>/), or undefined for a page of the site itself. */
const pageFolder = (page: { id: string }) => (page.id.includes('/') ? page.id.split('/')[0] : undefined);

/** Everything of a brief that is written in MDX and cites its own sources: sections, then companion pages. */
export const documentsOf = <S extends SectionEntry, P extends PageEntry>(brief: Brief<S, P>): (S | P)[] => [...brief.sections, ...brief.pages];

/** The section's own id within its brief: the file name without the folder. */
export const sectionSlug = (section: { id: string }) => section.id.split('/').pop() ?? section.id;

/**
 * Joins briefs with their sections and checks that they agree, so a missing file, a stray
 * section or a clash in order fails the build with a message a writer can act on.
 * Pure: takes plain entries, so it is unit-tested without Astro.
 */
export function assembleBriefs<S extends SectionEntry, P extends PageEntry = PageEntry>(briefs: BriefEntry[], sections: S[], pages: P[] = []): Brief<S, P>[] {
  const byBrief = new Map<string, S[]>();
  for (const section of sections) {
    const file = section.filePath;
    if (!briefs.some((brief) => brief.id === section.data.brief)) {
      throw new ContentError(file, 'brief', `"${section.data.brief}" is not a brief in content/briefs (known: ${briefs.map((b) => b.id).join(', ')})`);
    }
    const folder = section.id.split('/')[0];
    if (folder !== section.data.brief) {
      throw new ContentError(file, 'brief', `the file sits in the folder "${folder}" but names the brief "${section.data.brief}"`);
    }
    const list = byBrief.get(section.data.brief) ?? [];
    const clash = list.find((other) => other.data.order === section.data.order);
    if (clash) {
      throw new ContentError(file, 'order', `order ${section.data.order} is already used by ${clash.filePath}`);
    }
    list.push(section);
    byBrief.set(section.data.brief, list);
  }

  for (const page of pages) {
    const named = page.data.brief ?? pageFolder(page);
    if (named && !briefs.some((brief) => brief.id === named)) {
      throw new ContentError(page.filePath, 'brief', `"${named}" is not a brief in content/briefs (known: ${briefs.map((b) => b.id).join(', ')})`);
    }
  }

  return briefs.map((brief) => {
    const own = byBrief.get(brief.id) ?? [];
    const ordered = brief.data.sections.map((slug, index) => {
      const section = own.find((candidate) => sectionSlug(candidate) === slug);
      if (!section) {
        throw new ContentError(brief.filePath, `sections[${index}]`, `"${slug}" has no file content/sections/${brief.id}/${slug}.mdx`);
      }
      if (section.data.order !== index + 1) {
        throw new ContentError(section.filePath, 'order', `is ${section.data.order}, but the brief lists this section at position ${index + 1}`);
      }
      return section;
    });
    const help = brief.data.helpSection;
    if (help && !brief.data.sections.includes(help)) {
      throw new ContentError(brief.filePath, 'helpSection', `"${help}" is not one of the brief's sections`);
    }
    const unlisted = own.find((section) => !brief.data.sections.includes(sectionSlug(section)));
    if (unlisted) {
      throw new ContentError(unlisted.filePath, 'brief', `the section is not listed in ${brief.filePath} (add "${sectionSlug(unlisted)}" to its sections)`);
    }
    for (const section of ordered) {
      if (reservedNames.includes(sectionSlug(section))) {
        throw new ContentError(section.filePath, 'file name', `"${sectionSlug(section)}" is an address the site uses for its own page; rename the file`);
      }
    }
    const ownPages = companionPages(brief, pages, ordered);
    const sourceOwner = new Map<string, string>();
    for (const section of [...ordered, ...ownPages]) {
      section.data.sources.forEach((source, index) => {
        const owner = sourceOwner.get(source.id);
        if (owner) {
          throw new ContentError(section.filePath, `sources[${index}].id`, `"${source.id}" is already a source id in ${owner}; source ids are unique within a brief so every citation points at one entry`);
        }
        sourceOwner.set(source.id, section.filePath);
      });
    }
    for (const related of brief.data.related) {
      if (!briefs.some((other) => other.id === related)) {
        throw new ContentError(brief.filePath, 'related', `"${related}" is not a brief in content/briefs`);
      }
    }
    return { entry: brief, sections: ordered, pages: ownPages };
  });
}

/** The companion pages of one brief, checked: the right folder, a section that exists, an address of its own. */
function companionPages<P extends PageEntry>(brief: BriefEntry, pages: P[], sections: SectionEntry[]): P[] {
  const own = pages.filter((page) => page.data.brief === brief.id || pageFolder(page) === brief.id);
  for (const page of own) {
    const name = sectionSlug(page);
    const folder = pageFolder(page);
    if (folder !== page.data.brief) {
      throw new ContentError(page.filePath, 'brief', folder ? `the file sits in the folder "${folder}" but names the brief "${page.data.brief ?? '(none)'}"` : `a page of a brief goes in content/pages/${page.data.brief}/`);
    }
    if (reservedNames.includes(name) || sections.some((section) => sectionSlug(section) === name)) {
      throw new ContentError(page.filePath, 'file name', `"${name}" is already the address of ${reservedNames.includes(name) ? 'a page the site makes' : 'a section'} of the brief; rename the file`);
    }
    if (page.data.section && !sections.some((section) => sectionSlug(section) === page.data.section)) {
      throw new ContentError(page.filePath, 'section', `"${page.data.section}" is not a section of the brief "${brief.id}"`);
    }
  }
  return [...own].sort((a, b) => a.id.localeCompare(b.id));
}
