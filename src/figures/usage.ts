// Where each figure is shown: the section (or companion page) whose MDX writes `<Figure id="…">`, per brief.
import { ContentError } from '../lib/content-errors';
import { documentsOf, loadBriefs, sectionSlug, type LoadedBrief, type Page, type Section } from '../lib/content';
import { sectionPath } from '../lib/urls';
import { figureTags, type FigureTag } from './tags';

export interface FigureUse {
  tag: FigureTag;
  /** The section or companion page that shows the figure. */
  section: Section | Page;
  /** Its site path and title, for "Shown in …" links. */
  path: string;
  title: string;
}

/**
 * The figures of a brief in reading order. A figure may appear once per brief: the whole-brief page shows
 * every section, and the figure's id (its permalink) must stay unique there.
 */
export function figuresOf(brief: LoadedBrief): FigureUse[] {
  const uses: FigureUse[] = [];
  for (const section of documentsOf(brief)) {
    for (const tag of figureTags(section.body ?? '')) {
      const earlier = uses.find((use) => use.tag.id === tag.id);
      if (earlier) {
        const where = earlier.section === section ? 'earlier in the same section' : `in ${earlier.section.filePath}`;
        throw new ContentError(section.filePath, `<Figure id="${tag.id}">`, `the figure is already shown ${where}; show it once and link to it elsewhere with #fig-${tag.id}`);
      }
      uses.push({ tag, section, path: sectionPath(brief.id, sectionSlug(section)), title: section.data.title });
    }
  }
  return uses;
}

/** The section files that write `<Figure id="…">`, for error messages that name the file to fix. */
export async function filesShowing(id: string): Promise<string[]> {
  return (await loadBriefs()).flatMap((brief) => documentsOf(brief).filter((section) => figureTags(section.body ?? '').some((tag) => tag.id === id)).map((section) => section.filePath));
}
