import { describe, expect, it } from 'vitest';
import { layoutColumns, skippedBefore } from './layout';
import { chart, collisions, dataset, lawEnforcement, prosecutions } from '../shared/test-data';

describe('columns by year', () => {
  it('keeps the years in the order of the file and labels every column', () => {
    const geometry = layoutColumns(chart(prosecutions()));
    expect(geometry.fits).toBe(true);
    expect(geometry.bars.map((bar) => bar.tip.label)).toEqual(['FY2016', 'FY2017', 'FY2018', 'FY2019', 'FY2020']);
    expect(geometry.labels.filter((label) => label.kind === 'value').map((label) => label.lines[0])).toEqual([
      '273',
      '277',
      '221',
      '178',
      '180',
    ]);
    expect(geometry.labels.filter((label) => label.kind === 'axis').map((label) => label.lines.join(' '))).toEqual([
      'FY2016',
      'FY2017',
      'FY2018',
      'FY2019',
      'FY2020',
    ]);
  });

  it('puts the largest value at the top of the plot and every column on the baseline', () => {
    const geometry = layoutColumns(chart(prosecutions()));
    const baseline = geometry.rules[0]!.y1;
    for (const bar of geometry.bars) expect(bar.y + bar.height).toBeCloseTo(baseline, 0);
    const tallest = geometry.bars[1]!;
    expect(Math.min(...geometry.bars.map((bar) => bar.y))).toBe(tallest.y);
    expect(tallest.y).toBeGreaterThan(0);
    expect(geometry.bars[2]!.height / tallest.height).toBeCloseTo(221 / 277, 2);
    for (const bar of geometry.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(geometry.width);
  });

  it('stacks one labelled panel per measure, sized on one shared scale', () => {
    const geometry = layoutColumns(chart(lawEnforcement()));
    expect(geometry.sharedScale).toBe(true);
    expect(geometry.labels.filter((label) => label.kind === 'panel').map((label) => label.lines[0])).toEqual([
      'Prosecutions',
      'Convictions',
      'Victims identified',
    ]);
    expect(geometry.bars.map((bar) => bar.tone)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3]);
    // One scale: a column's height is proportional to its value across panels.
    const [prosecutions2009] = geometry.bars;
    const victims2009 = geometry.bars[6]!;
    expect(prosecutions2009!.height / victims2009.height).toBeCloseTo(5606 / 49105, 2);
    expect(collisions(geometry)).toEqual([]);
  });

  it('gives measures written differently their own scale', () => {
    const mixed = dataset(
      [
        { key: 'cases', label: 'Cases', format: 'number' },
        { key: 'share', label: 'Share', format: 'percent' },
      ],
      { '2019': { cases: 100, share: 40 }, '2020': { cases: 50, share: 80 } },
    );
    const geometry = layoutColumns(chart(mixed));
    expect(geometry.sharedScale).toBe(false);
    const heights = geometry.bars.map((bar) => bar.height);
    // The largest count fills its panel; the percentages are drawn out of 100.
    expect(heights[2]! / heights[0]!).toBeCloseTo(0.4, 2);
    expect(heights[3]! / heights[0]!).toBeCloseTo(0.8, 2);
  });

  it('has no colliding labels at phone width, and says so when there are too many years', () => {
    expect(collisions(layoutColumns(chart(prosecutions())))).toEqual([]);
    const years = Object.fromEntries(
      Array.from({ length: 9 }, (_, index) => [String(2010 + index), 10000 + index * 1111]),
    );
    const crowded = layoutColumns(chart(dataset([{ key: 'cases', label: 'Cases' }], years)));
    expect(crowded.fits).toBe(false);
  });

  it('leaves a wider gap and breaks the baseline where years are skipped, so a gap in the data looks like one', () => {
    expect(skippedBefore(['2009', '2012', '2013', 'FY2015', 'FY2016'])).toEqual([false, true, false, true, false]);
    expect(skippedBefore(['FY2016', 'FY2017', 'FY2018'])).toEqual([false, false, false]);
    const years = { '2009': { cases: 10 }, '2012': { cases: 20 }, '2013': { cases: 30 } };
    const geometry = layoutColumns(chart(dataset([{ key: 'cases', label: 'Cases' }], years)));
    const centres = geometry.bars.map((bar) => bar.x + bar.width / 2);
    expect(centres[1]! - centres[0]!).toBeGreaterThan(centres[2]! - centres[1]!);
    // The baseline: two pieces around the break and its two slashes, all inside the chart.
    expect(geometry.rules).toHaveLength(4);
    const between = (centres[0]! + centres[1]!) / 2;
    const slashes = geometry.rules.filter((rule) => rule.y1 !== rule.y2);
    expect(slashes).toHaveLength(2);
    for (const slash of slashes) expect(Math.abs((slash.x1 + slash.x2) / 2 - between)).toBeLessThan(5);
    for (const rule of geometry.rules) expect(Math.max(rule.x1, rule.x2)).toBeLessThanOrEqual(geometry.width);
    expect(collisions(geometry)).toEqual([]);
  });

  it('keeps one unbroken baseline for consecutive years', () => {
    expect(layoutColumns(chart(prosecutions())).rules).toHaveLength(1);
  });
});
