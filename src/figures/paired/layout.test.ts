import { describe, expect, it } from 'vitest';
import { inSentence, layoutPaired } from './layout';
import { chart, collisions, laborEnforcement, shares } from '../shared/test-data';
import { SIZE } from '../shared/types';

describe('paired bars', () => {
  it('draws one bar per measure in each category, in the file order', () => {
    const geometry = layoutPaired(chart(shares()), { sort: 'data' });
    expect(geometry.bars.map((bar) => bar.tip.label)).toEqual([
      'Forced commercial sexual exploitation, Share of victims',
      'Forced commercial sexual exploitation, Share of profits',
      'Other forced labor in the private economy, Share of victims',
      'Other forced labor in the private economy, Share of profits',
    ]);
    expect(geometry.bars.map((bar) => bar.tone)).toEqual([1, 2, 1, 2]);
  });

  it('names the measure beside each number, so no legend is needed', () => {
    const geometry = layoutPaired(chart(shares()), { sort: 'data' });
    const values = geometry.labels
      .filter((label) => label.kind.startsWith('value'))
      .map((label) => `${label.lines[0]} ${label.suffix}`);
    expect(values).toEqual([
      '27% share of victims',
      '73% share of profits',
      '73% share of victims',
      '27% share of profits',
    ]);
  });

  it('draws shares out of 100 on one scale that stays inside the chart', () => {
    const geometry = layoutPaired(chart(shares()), { sort: 'data' });
    const [victims, profits] = geometry.bars;
    expect(profits!.width / victims!.width).toBeCloseTo(73 / 27, 2);
    // 73% of the plot, not the full width: the scale runs to 100%.
    expect(profits!.width).toBeLessThan(SIZE.width * 0.73);
    expect(collisions(geometry)).toEqual([]);
  });

  it('puts a number that fits neither beside nor inside its bar on a line under it, inside the chart', () => {
    const geometry = layoutPaired(chart(laborEnforcement()), { sort: 'data' });
    const under = geometry.labels.filter((label) => label.kind === 'value' && label.x === 0);
    expect(under.length).toBeGreaterThan(0);
    expect(collisions(geometry)).toEqual([]);
  });

  it('writes measure names in the middle of a sentence, keeping acronyms', () => {
    expect(inSentence('Share of victims')).toBe('share of victims');
    expect(inSentence('ILO estimate')).toBe('ILO estimate');
  });
});
