// Sorted horizontal bars: one measure across categories (regions, sectors, groups of victims), largest
// first, each bar labelled with its number. The default chart for a dataset with one column.
import { layoutHorizontal } from '../shared/horizontal';
import type { ChartData, ChartGeometry, Datum } from '../shared/types';

export type SortOrder = 'descending' | 'data';

/**
 * Rows that stand for "no answer" (unknown, not specified, other) stay at the end whatever their size:
 * they are not a category to rank.
 */
const RESIDUAL = /\b(unknown|not[ -](known|specified|reported)|unspecified)\b|^other\b/i;
export const isResidual = (row: Pick<Datum, 'key' | 'label' | 'residual'>) =>
  row.residual ?? (RESIDUAL.test(row.key) || RESIDUAL.test(row.label));

/** Largest first by the first series (ties keep the file's order), residual rows last; or the file's order. */
export function orderRows(rows: Datum[], sort: SortOrder): Datum[] {
  if (sort === 'data') return [...rows];
  const ranked = rows.filter((row) => !isResidual(row)).sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0));
  return [...ranked, ...rows.filter(isResidual)];
}

export interface BarsOptions {
  sort: SortOrder;
}

/** Bars for the first series of `data`. */
export function layoutBars(data: ChartData, options: BarsOptions): ChartGeometry {
  const first = data.series[0];
  if (!first) throw new Error('layoutBars needs at least one series');
  const rows = orderRows(data.rows, options.sort).map((row) => ({
    ...row,
    values: row.values.slice(0, 1),
    texts: row.texts.slice(0, 1),
  }));
  return layoutHorizontal({ series: [first], rows }, { barHeight: 20, barGap: 0, rowGap: 12 });
}
