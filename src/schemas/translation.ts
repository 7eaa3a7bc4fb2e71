import { z } from 'astro/zod';
import { revision, slug, text } from './common';

/**
 * A section in another language, one MDX file: content/translations/<locale>/<brief>/<slug>.mdx, published at
 * /<locale>/<the brief's slug in that language>/<slug>/. It cites the English section's sources by their ids
 * (the source list is the English one), and says which English text it was made from, so a change there
 * shows it is out of date (npm run i18n:status; the build warns).
 */
export const translationSchema = z.object({
  /** File name of the English section it translates, in the same brief. */
  translationOf: slug('translationOf'),
  /** The first 12 hex characters of the SHA-256 of the English MDX file it was translated from. */
  revision: revision(),
  title: text('title'),
  shortTitle: text('shortTitle').max(40, { error: 'shortTitle must stay under 40 characters' }),
  summary: text('summary')
    .min(40, { error: 'summary must be a full sentence' })
    .max(220, { error: 'summary must stay under 220 characters (it is the meta description)' }),
});

export type TranslationData = z.infer<typeof translationSchema>;

/**
 * A page of the site in another language, one MDX file: content/translations/<locale>/pages/<name>.mdx translates
 * content/pages/<name>.mdx (the about page), records the revision it was made from like a section, and cites
 * the English page's sources.
 */
export const pageTranslationSchema = z.object({
  /** File name of the English page it translates (content/pages/<translationOf>.mdx). */
  translationOf: slug('translationOf'),
  revision: revision(),
  title: text('title'),
  summary: text('summary')
    .min(40, { error: 'summary must be a full sentence' })
    .max(220, { error: 'summary must stay under 220 characters' }),
});

/**
 * A brief's own words in another language: content/translations/<locale>/briefs/<brief>.yml gives the series
 * line, summary and audience of content/briefs/<brief>.yml for its landing page (the title and address are
 * in src/i18n/addresses.mjs, which the sitemap reads too).
 */
export const briefTranslationSchema = z.object({
  revision: revision(),
  series: text('series'),
  summary: text('summary')
    .min(20, { error: 'summary must be a sentence or two' })
    .max(300, { error: 'summary must stay under 300 characters' }),
  audience: text('audience').optional(),
});

export type PageTranslationData = z.infer<typeof pageTranslationSchema>;
export type BriefTranslationData = z.infer<typeof briefTranslationSchema>;
