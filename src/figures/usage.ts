// Where each figure is shown: the section (or companion page) whose MDX writes `<Figure id="…">`, per brief.
import {
  documentsOf,
  loadBriefs,
  sectionSlug,
  type LoadedBrief,
  type Page,
  type Section,
} from '../content-loaders/briefs';
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

/** The figures of a brief in reading order (src/content-checks/ has made sure each appears once per brief). */
export function figuresOf(brief: LoadedBrief): FigureUse[] {
  return documentsOf(brief).flatMap((section) =>
    figureTags(section.body ?? '').map((tag) => ({
      tag,
      section,
      path: sectionPath(brief.id, sectionSlug(section)),
      title: section.data.title,
    })),
  );
}

/** The section files that write `<Figure id="…">`, for error messages that name the file to fix. */
export async function filesShowing(id: string): Promise<string[]> {
  return (await loadBriefs()).flatMap((brief) =>
    documentsOf(brief)
      .filter((section) => figureTags(section.body ?? '').some((tag) => tag.id === id))
      .map((section) => section.filePath),
  );
}
