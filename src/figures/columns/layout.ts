// Columns over time: one column per year (or fiscal year), in the file's order, the number above each
// column and the year below. Several measures (prosecutions, convictions, victims identified) become small
// multiples stacked one above the other, each named at its top: no legend, and every column labelled.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { ascent, SIZE, toneOf, type Bar, type ChartData, type ChartGeometry, type Label, type Rule } from '../shared/types';
import { round, textWidth, wrap } from '../shared/text';

export interface ColumnsGeometry extends ChartGeometry {
  /**
   * False when the numbers or the years are too wide for their columns at phone width (too many periods):
   * the figure then draws horizontal bars in time order instead, which fit any number of rows.
   */
  fits: boolean;
  /**
   * True when all panels share one vertical scale (their measures are written the same way). Each panel is
   * then only as tall as its own largest column, so a small measure takes little room yet compares honestly.
   */
  sharedScale: boolean;
}

/** Height of the tallest column: taller alone, shorter when several panels are stacked. */
const PLOT = { single: 120, panel: 96 } as const;

export function layoutColumns(data: ChartData): ColumnsGeometry {
  const { width, font, small, line } = SIZE;
  const count = Math.max(1, data.rows.length);
  const slot = width / count;
  const columnWidth = round(Math.min(slot * 0.62, 48));
  const multi = data.series.length > 1;
  // Measures written alike (all counts, all percentages) share a scale so their heights compare;
  // measures written differently cannot share one, and each panel gets its own.
  const sharedScale = data.series.every((series) => series.format === data.series[0]?.format);
  // Percentages are drawn out of 100, as in the bar charts, so a share looks like a share.
  const top100 = (value: number, format: string | undefined) => (format === 'percent' ? Math.max(100, value) : value);
  const overall = top100(max(data.rows.flatMap((row) => row.values)) ?? 0, data.series[0]?.format);

  const axisLines = data.rows.map((row) => wrap(row.label, slot - 4, small));
  const fits =
    data.rows.every((row) => row.texts.every((text) => textWidth(text, font, true) <= slot - 4)) &&
    axisLines.every((lines) => lines.every((text) => textWidth(text, small) <= slot - 2));
  const axisDepth = (max(axisLines, (lines) => lines.length) ?? 1) * (small + 3);

  const bars: Bar[] = [];
  const labels: Label[] = [];
  const rules: Rule[] = [];
  let top = 0;
  data.series.forEach((series, index) => {
    if (multi) {
      labels.push({ x: 0, y: round(top + ascent(font)), lines: [series.label], anchor: 'start', kind: 'panel' });
      top += line + 2;
    }
    // Room for the number above the tallest column.
    top += font + 6;
    const largest = max(data.rows, (row) => row.values[index]) ?? 0;
    // On a shared scale each panel is as tall as its largest column; otherwise it has the full height.
    const shared = multi && sharedScale;
    const ceiling = shared ? largest : top100(largest, series.format);
    const plotHeight = shared ? (overall > 0 ? (PLOT.panel * largest) / overall : 0) : multi ? PLOT.panel : PLOT.single;
    const baseline = top + plotHeight;
    const y = scaleLinear().domain([0, ceiling > 0 ? ceiling : 1]).range([baseline, top]);
    data.rows.forEach((row, rowIndex) => {
      const value = row.values[index] ?? 0;
      const text = row.texts[index] ?? '';
      const centre = slot * (rowIndex + 0.5);
      const columnTop = round(y(value));
      bars.push({
        x: round(centre - columnWidth / 2),
        y: columnTop,
        width: columnWidth,
        height: round(baseline - columnTop),
        tone: toneOf(index),
        tip: { label: multi ? `${row.label}, ${series.label}` : row.label, value: text },
      });
      labels.push({ x: round(centre), y: round(columnTop - 5), lines: [text], anchor: 'middle', kind: 'value' });
      labels.push({ x: round(centre), y: round(baseline + 4 + ascent(small)), lines: axisLines[rowIndex] ?? [], anchor: 'middle', kind: 'axis' });
    });
    rules.push({ x1: 0, y1: round(baseline), x2: width, y2: round(baseline) });
    top = baseline + 4 + axisDepth;
    if (index < data.series.length - 1) top += 14;
  });
  return { width, height: round(top), bars, labels, rules, fits, sharedScale };
}
