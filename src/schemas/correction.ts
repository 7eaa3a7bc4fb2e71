import { z } from 'astro/zod';
import { isoDate, slug, text } from './common';
import { sourceList } from './source';

/**
 * One correction to a brief, one file: content/corrections/<brief>/<slug>.yml. The file name is the entry's
 * permanent anchor on /<brief>/corrections/. The record keeps the history of a fact off the reading pages:
 * the text there states what the sources say and links here with <Corrected id="<slug>" />.
 */
export const correctionSchema = z.object({
  /** Where the corrected text lives: a section or companion page of the brief, or glossary | timeline | figures | guide. */
  page: slug('page'),
  /** The heading, figure or entry id on that page nearest the corrected text, so the link lands on it. */
  anchor: slug('anchor').optional(),
  /** A short title: what the correction is about. */
  topic: text('topic').max(90, { error: 'topic must stay under 90 characters (it is a heading)' }),
  /** What the earlier brief said, in our own words or as a marked quotation. */
  original: text('original'),
  /** What the sources say, in our own words, with the figures. */
  corrected: text('corrected'),
  /** When this site made the correction. */
  date: isoDate,
  /** Where a reader can check the corrected fact. */
  sources: sourceList.refine((list) => list.length > 0, { error: 'a correction must name at least one source' }),
});

export type CorrectionData = z.infer<typeof correctionSchema>;

/** Pages of a brief the site makes itself that a correction may point at, besides sections and companion pages. */
export const correctionPages = ['glossary', 'timeline', 'figures', 'guide'] as const;
