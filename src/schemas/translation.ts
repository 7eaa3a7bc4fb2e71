import { z } from 'astro/zod';
import { slug, text } from './common';

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
  revision: z
    .string({
      error:
        'revision is required: the first 12 hex characters of the English file it was translated from (npm run i18n:status prints it)',
    })
    .regex(/^[0-9a-f]{12}$/, {
      error:
        'revision must be the first 12 hex characters of the SHA-256 of the English file (npm run i18n:status prints it)',
    }),
  title: text('title'),
  shortTitle: text('shortTitle').max(40, { error: 'shortTitle must stay under 40 characters' }),
  summary: text('summary')
    .min(40, { error: 'summary must be a full sentence' })
    .max(220, { error: 'summary must stay under 220 characters (it is the meta description)' }),
});

export type TranslationData = z.infer<typeof translationSchema>;
