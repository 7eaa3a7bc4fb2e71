import { z } from 'astro/zod';
import { slug, text } from './common';
import { sourceList } from './source';

/**
 * A standalone page in MDX. Site pages (content/pages/about.mdx) stand alone; a brief's companion pages
 * (content/pages/<brief>/<name>.mdx, such as a record of prosecutions) belong to a brief, live at
 * /<brief>/<name>/, extend one of its sections and cite their own sources like a section does.
 */
export const pageSchema = z.object({
  title: text('title'),
  summary: text('summary')
    .min(40, { error: 'summary must be a full sentence' })
    .max(220, { error: 'summary must stay under 220 characters' }),
  /** The brief a companion page belongs to; its folder must carry the same name. */
  brief: slug('brief').optional(),
  /** The section of the brief the page extends; the page links back to it. */
  section: slug('section').optional(),
  /** What search calls the page. */
  kind: text('kind').default('Reference'),
  /** Works the page relies on, cited inline with <Cite id="…" />. */
  sources: sourceList.default([]),
});

export type PageData = z.infer<typeof pageSchema>;
