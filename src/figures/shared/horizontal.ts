// Horizontal bars with the category name above and the number at the end of each bar. Names above the bars
// (not beside them) leave the whole width to the bars, so long names wrap instead of squeezing the chart at
// 320 px. Sorted bars and paired bars both use this; they differ in order, bar size and value suffixes.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { ascent, SIZE, toneOf, type Bar, type ChartData, type ChartGeometry, type Label } from './types';
import { round, textWidth, wrap } from './text';

export interface HorizontalOptions {
  /** Thickness of one bar. */
  barHeight: number;
  /** Space between the bars of one category (paired bars). */
  barGap: number;
  /** Space between categories. */
  rowGap: number;
  /** Words written after each series' number ("share of victims"), or none. */
  suffixes?: string[];
}

/** The largest value of any series; percentages are drawn out of 100 so a share looks like a share. */
export function domainMax(data: ChartData): number {
  const largest = max(data.rows.flatMap((row) => row.values)) ?? 0;
  const ceiling = data.series.every((series) => series.format === 'percent') ? Math.max(100, largest) : largest;
  return ceiling > 0 ? ceiling : 1;
}

export function layoutHorizontal(data: ChartData, options: HorizontalOptions): ChartGeometry {
  const { width, font, line, gap } = SIZE;
  const suffixOf = (series: number) => options.suffixes?.[series];
  const labelWidth = (text: string, series: number) => {
    const suffix = suffixOf(series);
    return textWidth(text, font, true) + (suffix ? textWidth(` ${suffix}`, font) : 0);
  };
  const widest = max(data.rows.flatMap((row) => row.texts.map((text, series) => labelWidth(text, series)))) ?? 0;
  // Room for the widest number after the longest bar; bars keep at least half the width whatever the labels.
  const plotRight = Math.max(width / 2, width - widest - gap);
  const x = scaleLinear()
    .domain([0, domainMax(data)])
    .range([0, plotRight]);

  const bars: Bar[] = [];
  const labels: Label[] = [];
  let top = 0;
  data.rows.forEach((row, rowIndex) => {
    const lines = wrap(row.label, width, font);
    labels.push({ x: 0, y: round(top + ascent(font)), lines, anchor: 'start', kind: 'label' });
    top += lines.length * line + 3;
    row.values.forEach((value, series) => {
      const end = round(x(value));
      const text = row.texts[series] ?? '';
      const multi = data.series.length > 1;
      bars.push({
        x: 0,
        y: round(top),
        width: end,
        height: options.barHeight,
        tone: toneOf(series),
        tip: { label: multi ? `${row.label}, ${data.series[series]?.label ?? ''}` : row.label, value: text },
      });
      const needed = labelWidth(text, series);
      const baseline = round(top + options.barHeight / 2 + font * 0.35);
      const suffix = suffixOf(series);
      // Outside the bar where it fits; inside a long bar, in the background colour, where it does not; and
      // where it fits neither (a long measure name on a middling bar), on a line of its own under the bar.
      const outside = end + gap + needed <= width + 1;
      const inside = !outside && end - gap - needed >= 0;
      const under = !outside && !inside;
      labels.push({
        x: inside ? round(end - gap) : under ? 0 : round(end + gap),
        y: under ? round(top + options.barHeight + 2 + ascent(font)) : baseline,
        lines: [text],
        anchor: inside ? 'end' : 'start',
        kind: inside ? 'value-in' : 'value',
        ...(suffix ? { suffix } : {}),
      });
      top += options.barHeight + (under ? line + 2 : 0) + (series < row.values.length - 1 ? options.barGap : 0);
    });
    if (rowIndex < data.rows.length - 1) top += options.rowGap;
  });
  return { width, height: round(top + 2), bars, labels, rules: [] };
}
