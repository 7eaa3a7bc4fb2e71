import { z } from 'astro/zod';
import { slug, text } from './common';
import { sourceList } from './source';

/** One section of a brief, one MDX file: its URL is /<brief>/<file name>/ and never changes. */
export const sectionSchema = z.object({
  /** Id of the brief the section belongs to (a file in content/briefs). */
  brief: slug('brief'),
  /** Position in the brief, starting at 1; must match the brief's list of sections. */
  order: z.number({ error: 'order must be a whole number starting at 1' }).int().min(1, { error: 'order starts at 1' }),
  /** Heading of the page. */
  title: text('title'),
  /** Short label for navigation and cards. */
  shortTitle: text('shortTitle').max(40, { error: 'shortTitle must stay under 40 characters' }),
  /** One or two sentences: card text and meta description. */
  summary: text('summary')
    .min(40, { error: 'summary must be a full sentence' })
    .max(220, { error: 'summary must stay under 220 characters (it is the meta description)' }),
  /** Works the section relies on, cited inline with <Cite id="…" />. */
  sources: sourceList.default([]),
});

export type SectionData = z.infer<typeof sectionSchema>;
