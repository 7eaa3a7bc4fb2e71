import { z } from 'astro/zod';
import { revision, text } from './common';

/** Words by the key of a column or row of the English dataset. */
const byKey = (field: string) =>
  z.record(z.string(), text(field), { error: `${field} must map each key of the English file to its words` });

/**
 * The words of a dataset in another language, never its numbers: content/translations/<locale>/data/<dataset>.yml,
 * named like the English file in content/data/. The figure reads its values, formats, order, sources and dates
 * from the English file, so a number cannot differ between languages. Which keys must be given is checked
 * against the English file when the translations load (src/content-checks/dataset-translation.ts).
 */
export const datasetTranslationSchema = z.object({
  revision: revision('English data file'),
  title: text('title'),
  /** The figure's headline. */
  takeaway: text('takeaway').min(10, { error: 'takeaway must be a sentence' }),
  unit: text('unit'),
  period: text('period'),
  /** Column label by column key (the table's headers, the chart's panels and measures). */
  columns: byKey('columns').default({}),
  /** Row label by row key (the chart's categories or years, the table's rows). */
  rows: byKey('rows').default({}),
  /** A row's note by row key, for each row whose English note the table shows. */
  rowNotes: byKey('rowNotes').default({}),
  /** The notes under the figure, in the English file's order, one for each. */
  notes: z.array(text('notes')).default([]),
  /** Why nothing newer is shown, when the English file says so. */
  stale: text('stale').optional(),
});

export type DatasetTranslationData = z.infer<typeof datasetTranslationSchema>;
