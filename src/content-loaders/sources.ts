import { ContentError } from '../content-checks/content-error';
import { documentsOf, loadBriefs } from './briefs';

/**
 * Anchor of a source in a section's (or companion page's) source list; citations link to it. Source ids are
 * unique within a brief, so the id alone is unique even on the one-page edition; short anchors matter
 * because a section carries dozens of citations.
 */
export const sourceAnchor = (sourceId: string) => `src-${sourceId}`;

/** The section or companion page that lists a source id, and the citation number the source has there. */
export async function findSource(sourceId: string, where: string) {
  for (const brief of await loadBriefs()) {
    for (const section of documentsOf(brief)) {
      const index = section.data.sources.findIndex((source) => source.id === sourceId);
      if (index >= 0)
        return {
          brief,
          section,
          source: section.data.sources[index]!,
          number: index + 1,
          anchor: sourceAnchor(sourceId),
        };
    }
  }
  throw new ContentError(
    where,
    'Cite id',
    `"${sourceId}" is not in the sources of any section; add it to the section's frontmatter`,
  );
}
