import { z } from 'astro/zod';
import { isoDate, slug, text } from './common';

/** A brief: one topic of the series, read as an ordered list of sections. */
export const briefSchema = z.object({
  /** Full title, e.g. "Human Trafficking". */
  title: text('title'),
  /** One or two sentences for cards and the meta description. */
  summary: text('summary')
    .min(20, { error: 'summary must be a sentence or two' })
    .max(300, { error: 'summary must stay under 300 characters' }),
  /** Name of the series the brief belongs to. */
  series: text('series'),
  /** When an editor last checked the brief against its sources. */
  lastReviewed: isoDate,
  /** Section ids (file names without .mdx) in reading order. */
  sections: z.array(slug('section id')).min(1, { error: 'a brief needs at least one section' }),
  /** The section a worried reader is sent to from the help on the not-found page: warning signs and whom to call. */
  helpSection: slug('helpSection').optional(),
  /** Ids of other briefs a circle might read next. */
  related: z.array(slug('related brief id')).default([]),
  /** Topics suggested by search before the reader types (terms readers look for). */
  topics: z.array(text('topic')).default([]),
  /** Who the brief is written for, shown on its landing page. */
  audience: z.string().default(''),
});

export type BriefData = z.infer<typeof briefSchema>;
