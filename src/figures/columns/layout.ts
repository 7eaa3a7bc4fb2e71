// Columns over time: one column per year (or fiscal year), in the file's order, the number above each
// column and the year below. Several measures (prosecutions, convictions, victims identified) become small
// multiples stacked one above the other, each named at its top: no legend, and every column labelled.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import {
  ascent,
  SIZE,
  toneOf,
  type Bar,
  type ChartData,
  type ChartGeometry,
  type Label,
  type Rule,
} from '../shared/types';
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

/** Extra room, in column slots, where years are skipped; the baseline is broken there. */
const BREAK = 0.5;

const yearOf = (label: string) => Number(label.match(/\d{4}/)?.[0] ?? Number.NaN);

/**
 * For each row, whether years are missing between it and the row before (2009 then 2012). Evenly spaced
 * columns would draw such a series as if it were yearly; the gap and a broken baseline say it is not.
 */
export function skippedBefore(labels: string[]): boolean[] {
  return labels.map((label, index) => index > 0 && yearOf(label) - yearOf(labels[index - 1]!) > 1);
}

/** The two short slashes that mark a break in the baseline at x, and the baseline's pieces around them. */
function brokenBaseline(y: number, width: number, breaks: number[]): Rule[] {
  const pieces: Rule[] = [];
  let from = 0;
  for (const x of breaks) {
    pieces.push({ x1: from, y1: y, x2: round(x - 3), y2: y });
    pieces.push(
      { x1: round(x - 5), y1: y + 4, x2: round(x - 1), y2: y - 4 },
      { x1: round(x + 1), y1: y + 4, x2: round(x + 5), y2: y - 4 },
    );
    from = round(x + 3);
  }
  pieces.push({ x1: from, y1: y, x2: width, y2: y });
  return pieces;
}

export function layoutColumns(data: ChartData): ColumnsGeometry {
  const { width, font, small, line } = SIZE;
  const count = Math.max(1, data.rows.length);
  const skipped = skippedBefore(data.rows.map((row) => row.label));
  const slot = width / (count + BREAK * skipped.filter(Boolean).length);
  // Each column's centre: evenly spaced, plus the extra room of every skip before it.
  const centres: number[] = [];
  skipped.reduce((offset, skip, index) => {
    const next = offset + (skip ? BREAK : 0);
    centres.push(slot * (index + 0.5 + next));
    return next;
  }, 0);
  const breaks = skipped.flatMap((skip, index) => (skip ? [(centres[index - 1]! + centres[index]!) / 2] : []));
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
    const y = scaleLinear()
      .domain([0, ceiling > 0 ? ceiling : 1])
      .range([baseline, top]);
    data.rows.forEach((row, rowIndex) => {
      const value = row.values[index] ?? 0;
      const text = row.texts[index] ?? '';
      const centre = centres[rowIndex]!;
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
      labels.push({
        x: round(centre),
        y: round(baseline + 4 + ascent(small)),
        lines: axisLines[rowIndex] ?? [],
        anchor: 'middle',
        kind: 'axis',
      });
    });
    rules.push(...brokenBaseline(round(baseline), width, breaks));
    top = baseline + 4 + axisDepth;
    if (index < data.series.length - 1) top += 14;
  });
  return { width, height: round(top), bars, labels, rules, fits, sharedScale };
}
