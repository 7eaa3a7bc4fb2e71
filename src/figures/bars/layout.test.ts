import { describe, expect, it } from 'vitest';
import { layoutBars, orderRows } from './layout';
import { chart, collisions, forcedLabor, hotlineGender, profitsBySector } from '../shared/test-data';
import { SIZE } from '../shared/types';

describe('sorted bars', () => {
  it('draws the largest first, one bar per row', () => {
    const geometry = layoutBars(chart(forcedLabor()), { sort: 'descending' });
    expect(geometry.bars.map((bar) => bar.tip.label)).toEqual([
      'Asia and the Pacific',
      'Europe and Central Asia',
      'Africa',
      'Americas',
      'Arab States',
    ]);
    const widths = geometry.bars.map((bar) => bar.width);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
  });

  it('keeps "unknown" rows last whatever their size, and the file order on request', () => {
    const data = chart(hotlineGender());
    expect(orderRows(data.rows, 'descending').map((row) => row.label)).toEqual([
      'Female',
      'Male',
      'Gender minorities',
      'Gender not known',
    ]);
    expect(orderRows(data.rows, 'data').map((row) => row.label)).toEqual([
      'Female',
      'Male',
      'Gender minorities',
      'Gender not known',
    ]);
    expect(orderRows(chart(forcedLabor()).rows, 'data').map((row) => row.label)[0]).toBe('Arab States');
  });

  it('maps the largest value inside the plot, with room for its label, and zero to the left edge', () => {
    const geometry = layoutBars(chart(forcedLabor()), { sort: 'descending' });
    const longest = geometry.bars[0]!;
    expect(longest.x).toBe(0);
    expect(longest.width).toBeGreaterThan(SIZE.width / 2);
    expect(longest.width).toBeLessThanOrEqual(SIZE.width);
    // Lengths are proportional to the values.
    const arab = geometry.bars.at(-1)!;
    expect(arab.width / longest.width).toBeCloseTo(0.9 / 15.1, 2);
  });

  it('labels each bar with its value written for readers', () => {
    const geometry = layoutBars(chart(forcedLabor()), { sort: 'descending' });
    const values = geometry.labels
      .filter((label) => label.kind.startsWith('value'))
      .map((label) => label.lines.join(' '));
    expect(values).toEqual(['15.1 million', '4.1 million', '3.8 million', '3.6 million', '0.9 million']);
    const money = layoutBars(chart(profitsBySector()), { sort: 'descending' });
    expect(money.labels.filter((label) => label.kind.startsWith('value')).map((label) => label.lines[0])).toEqual([
      '$172.6 billion',
      '$35 billion',
      '$20.8 billion',
      '$5 billion',
      '$2.6 billion',
    ]);
  });

  it('wraps long category names to the chart width and stacks rows without overlap', () => {
    const geometry = layoutBars(chart(profitsBySector()), { sort: 'descending' });
    const industry = geometry.labels.find((label) => label.lines[0]?.startsWith('Industry'))!;
    expect(industry.lines.length).toBe(2);
    expect(collisions(geometry)).toEqual([]);
    expect(collisions(layoutBars(chart(forcedLabor()), { sort: 'descending' }))).toEqual([]);
    expect(collisions(layoutBars(chart(hotlineGender()), { sort: 'descending' }))).toEqual([]);
  });

  it('fits a height to its rows', () => {
    const geometry = layoutBars(chart(forcedLabor()), { sort: 'descending' });
    const lastBar = geometry.bars.at(-1)!;
    expect(geometry.height).toBeGreaterThanOrEqual(lastBar.y + lastBar.height);
    expect(geometry.height).toBeLessThan(lastBar.y + lastBar.height + 5);
  });
});
