// Paired bars: two (or three) measures side by side for each category, such as the share of victims and
// the share of profits. Every bar carries its number and the name of its measure ("73% share of profits"),
// so the chart needs no legend and colour is never the only clue.
import { orderRows, type SortOrder } from '../bars/layout';
import { layoutHorizontal } from '../shared/horizontal';
import type { ChartData, ChartGeometry } from '../shared/types';

/** "Share of victims" reads "share of victims" after a number; names that start with an acronym ("ILO …") keep their capitals. */
export const inSentence = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

export interface PairedOptions {
  /** The file's order by default; `descending` ranks categories by the first measure. */
  sort: SortOrder;
}

export function layoutPaired(data: ChartData, options: PairedOptions): ChartGeometry {
  if (data.series.length < 2) throw new Error('layoutPaired needs at least two series');
  const rows = orderRows(data.rows, options.sort);
  return layoutHorizontal(
    { ...data, rows },
    { barHeight: 16, barGap: 3, rowGap: 14, suffixes: data.series.map((series) => inSentence(series.label)) },
  );
}
