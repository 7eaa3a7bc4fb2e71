import { z } from 'astro/zod';
import { slug, text } from './common';
import { sourceSchema } from './source';

const term = z.object({
  /** Permanent anchor on the glossary page (#tvpa). */
  id: slug('term id'),
  term: text('term'),
  /** Other spellings or abbreviations readers may search for. */
  aliases: z.array(text('alias')).default([]),
  /** Two or three plain sentences, in our own words. */
  definition: text('definition'),
  /** The section (file name) that discusses the term most. */
  section: slug('term section'),
  source: sourceSchema.omit({ id: true }),
});

/** The glossary of one brief: every term of art, each sourced and anchored. */
export const glossarySchema = z
  .object({
    brief: slug('brief'),
    terms: z.array(term).min(1),
  })
  .superRefine((glossary, ctx) => {
    const seen = new Set<string>();
    glossary.terms.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `term id "${entry.id}" is used twice` });
      seen.add(entry.id);
    });
  });
export type GlossaryData = z.infer<typeof glossarySchema>;
