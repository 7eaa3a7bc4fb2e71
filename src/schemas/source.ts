import { z } from 'astro/zod';
import { httpsUrl, slug, text } from './common';

/** One work a section or dataset relies on. Cited inline by its id, listed at the end of the page. */
export const sourceSchema = z.object({
  /** Stable id, used by `<Cite id="…" />` and as the anchor of the source list entry. */
  id: slug('source id'),
  /** Title of the report, law, article or page. */
  title: text('source title'),
  /** Who published it: an agency, organisation or outlet. */
  publisher: text('source publisher'),
  /** Year of publication (or of the law). */
  year: z.number({ error: 'source year must be a number like 2019' }).int().min(1800).max(2100),
  /** Where a reader can check it. */
  url: httpsUrl,
  /** Optional note, e.g. which edition or table a figure comes from. */
  note: z.string().default(''),
});

export type Source = z.infer<typeof sourceSchema>;

/** A list of sources whose ids are unique, so every citation points at exactly one entry. */
export const sourceList = z.array(sourceSchema).superRefine((sources, ctx) => {
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    if (seen.has(source.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `source id "${source.id}" is listed twice` });
    }
    seen.add(source.id);
  });
});
