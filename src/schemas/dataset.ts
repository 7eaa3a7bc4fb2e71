import { z } from 'astro/zod';
import { requiredDate, slug, text } from './common';
import { STALE_AFTER_YEARS, ageInYears, newestYear } from '../lib/dataset-age';
import { sourceList } from './source';

/** How a value is written for readers: "10,949", "15.1 million", "$236 billion", "$21,800", "73%". */
export const formatSchema = z.enum(['number', 'millions', 'usd', 'usd-billions', 'percent'], {
  error: 'format must be one of number, millions, usd, usd-billions, percent',
});
export type Format = z.infer<typeof formatSchema>;

const columnSchema = z.object({
  key: slug('column key'),
  /** Header of the column in the data table and the CSV. */
  label: text('column label'),
  format: formatSchema.default('number'),
});

const rowSchema = z.object({
  key: slug('row key'),
  label: text('row label'),
  /** One number per column key. */
  values: z.record(z.string(), z.number({ error: 'every value must be a number' })),
  /** Overrides the column's format for this row (a table of mixed facts). */
  format: formatSchema.optional(),
  /** Qualifier printed before the number when the source gives an approximation. */
  qualifier: z.enum(['', 'about', 'more than', 'almost', 'at least']).default(''),
  /** Which source of the dataset this row comes from (its id); defaults to the first. */
  source: slug('row source').optional(),
  note: z.string().default(''),
});

/**
 * One dataset: the numbers behind a figure or a set of facts quoted in prose.
 * Every dataset names its sources; prose and charts read the same file.
 */
export const datasetSchema = z
  .object({
    title: text('title'),
    /** The message in one sentence: the figure's headline. */
    takeaway: text('takeaway').min(10, { error: 'takeaway must be a sentence' }),
    /** What is counted, e.g. "people in forced labour, millions". */
    unit: text('unit'),
    /** Period the numbers describe, e.g. "2021" or "FY2016–FY2020". */
    period: text('period'),
    columns: z.array(columnSchema).min(1, { error: 'a dataset needs at least one column' }),
    rows: z.array(rowSchema).min(1, { error: 'a dataset needs at least one row' }),
    notes: z.array(z.string()).default([]),
    /** When the numbers were last checked against their sources and for a newer edition. */
    checked: requiredDate(
      'checked',
      'the day these numbers were last checked against their sources and for a newer edition',
    ),
    /** The newest year the numbers describe, when neither the period nor the row labels name it. */
    latest: z.number({ error: 'latest must be a year, like 2023' }).int().min(1800).max(2100).optional(),
    /** Why nothing newer is shown: required once the newest figure is more than five years older than the check. */
    stale: text('stale').optional(),
    sources: sourceList.refine((list) => list.length > 0, { error: 'every dataset must name at least one source' }),
    /** A correction in content/corrections/<brief>/ about these numbers; the figure links to it. */
    correction: slug('correction').optional(),
  })
  .superRefine((data, ctx) => {
    const newest = newestYear(data, data.checked);
    if (newest === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['latest'],
        message:
          'neither the period nor any row label names a year; add latest: <the newest year the numbers describe>',
      });
    } else if (ageInYears(newest, data.checked) > STALE_AFTER_YEARS && !data.stale) {
      const checkedYear = data.checked.getUTCFullYear();
      ctx.addIssue({
        code: 'custom',
        path: ['stale'],
        message: `the newest figure is from ${newest}, more than ${STALE_AFTER_YEARS} years before it was checked (${checkedYear}); say in stale: why nothing newer is shown (no newer edition exists, or the series ended), or bring the series up to date`,
      });
    }
    const keys = data.columns.map((column) => column.key);
    const sourceIds = new Set(data.sources.map((source) => source.id));
    const rowKeys = new Set<string>();
    data.rows.forEach((row, index) => {
      if (rowKeys.has(row.key))
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'key'], message: `row key "${row.key}" is used twice` });
      rowKeys.add(row.key);
      for (const key of keys) {
        if (!(key in row.values)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'values', key],
            message: `row "${row.key}" has no value for column "${key}"`,
          });
        }
      }
      for (const key of Object.keys(row.values)) {
        if (!keys.includes(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'values', key],
            message: `row "${row.key}" has a value for "${key}", which is not a column`,
          });
        }
      }
      if (row.source && !sourceIds.has(row.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'source'],
          message: `row "${row.key}" names source "${row.source}", which the dataset does not list`,
        });
      }
    });
  });

export type DatasetData = z.infer<typeof datasetSchema>;
