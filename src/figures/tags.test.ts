import { describe, expect, it } from 'vitest';
import { figureTags } from './tags';

describe('reading <Figure> tags from MDX', () => {
  it('finds every figure in reading order, with its options', () => {
    const body = `Some text.\n\n<Figure id="forced-labor-by-region" />\n\nMore.\n<Figure\n  id='referrals-prosecuted'\n  sort="data"\n/>\n<Figure id={"global-law-enforcement"} chart="columns"/>`;
    expect(figureTags(body)).toEqual([
      { id: 'forced-labor-by-region' },
      { id: 'referrals-prosecuted', sort: 'data' },
      { id: 'global-law-enforcement', chart: 'columns' },
    ]);
  });

  it('skips comments and other components', () => {
    expect(figureTags('{/* <Figure id="old" /> */}\n<Stat data="x" row="y" />\n<FigureNote id="z" />')).toEqual([]);
  });
});
