import { describe, expect, it } from 'vitest';
import { ageInYears, checkedMonth, isStale, newestYear, yearsIn } from './dataset-age';

const checked = new Date('2026-12-01T00:00:00Z');

describe('the newest year a dataset describes', () => {
  it('reads years, fiscal years and short ranges from labels and the period', () => {
    expect(yearsIn('FY2016–FY2020')).toEqual([2016, 2020]);
    expect(yearsIn('2015–16')).toEqual([2015, 2016]);
    expect(yearsIn('Donald Trump administration (through 2020)')).toEqual([2020]);
    expect(yearsIn('the 10,949 cases')).toEqual([]);
  });

  it('takes the largest year the period or any row label names', () => {
    expect(
      newestYear(
        { period: '2015–2023 (no confirmed figure for 2022)', rows: [{ label: '2015' }, { label: '2023' }] },
        checked,
      ),
    ).toBe(2023);
    expect(
      newestYear(
        { period: 'mixed', rows: [{ label: 'Workers freed, 2 August 1995' }, { label: 'People found, July 1997' }] },
        checked,
      ),
    ).toBe(1997);
  });

  it('prefers the latest field, and reads "present" as the year of the check', () => {
    expect(newestYear({ period: '2021', rows: [{ label: 'Asia' }], latest: 2019 }, checked)).toBe(2019);
    expect(newestYear({ period: '2000–present', rows: [{ label: 'Age' }] }, checked)).toBe(2026);
    expect(newestYear({ period: 'the pilot years', rows: [{ label: 'Cases' }] }, checked)).toBeUndefined();
  });

  it('counts a dataset as stale only when it is more than five years older than its check', () => {
    expect(ageInYears(2021, checked)).toBe(5);
    expect(isStale(2021, checked)).toBe(false);
    expect(isStale(2020, checked)).toBe(true);
    expect(checkedMonth(checked)).toBe('December 2026');
  });
});
