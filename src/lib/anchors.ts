import { render } from 'astro:content';
import { sectionSlug, type LoadedBrief } from './content';
import { ContentError } from './content-errors';

/**
 * Heading ids must be unique across a whole brief: the one-page edition and search results
 * link to them, and a section's own id doubles as an anchor there.
 */
export async function assertUniqueAnchors(brief: LoadedBrief): Promise<void> {
  const owner = new Map<string, string>();
  for (const section of brief.sections) owner.set(sectionSlug(section), `${section.filePath} (its file name)`);
  for (const section of brief.sections) {
    const { headings } = await render(section);
    for (const heading of headings) {
      const clash = owner.get(heading.slug);
      if (clash) {
        throw new ContentError(section.filePath, `heading "${heading.text}"`, `its anchor #${heading.slug} is already used by ${clash}; reword one heading so every anchor in the brief is unique`);
      }
      owner.set(heading.slug, section.filePath);
    }
  }
}
