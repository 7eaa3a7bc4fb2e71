// The dataset schema's own rules for dates: every dataset says when it was checked, and an old one says why.
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './dataset';

const base = {
  title: 'Sample',
  takeaway: 'Alpha is larger than beta.',
  unit: 'things',
  period: '2023',
  columns: [{ key: 'count', label: 'Count' }],
  rows: [{ key: 'alpha', label: 'Alpha', values: { count: 1 } }],
  sources: [{ id: 's', title: 'A source', publisher: 'A publisher', year: 2024, url: 'https://example.org/' }],
  checked: '2026-12-01',
};
const messages = (input: object) => {
  const result = datasetSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('dataset dates', () => {
  it('accepts a checked, recent dataset', () => {
    expect(messages(base)).toEqual([]);
  });

  it('names the missing checked field and what it records', () => {
    const { checked: _checked, ...rest } = base;
    expect(messages(rest)).toEqual([
      'checked: checked is required: the day these numbers were last checked against their sources and for a newer edition, written in quotes as "YYYY-MM-DD"',
    ]);
  });

  it('refuses an impossible checked date', () => {
    expect(messages({ ...base, checked: '2026-02-30' })).toEqual([
      'checked: "2026-02-30" is not a real date written as YYYY-MM-DD',
    ]);
  });

  it('asks an old dataset why nothing newer is shown, and accepts the reason', () => {
    const old = { ...base, period: '2018' };
    expect(messages(old)).toEqual([
      'stale: the newest figure is from 2018, more than 5 years before it was checked (2026); say in stale: why nothing newer is shown (no newer edition exists, or the series ended), or bring the series up to date',
    ]);
    expect(messages({ ...old, stale: 'The series ended in 2018.' })).toEqual([]);
  });

  it('asks for latest when no year can be read', () => {
    expect(messages({ ...base, period: 'the pilot years' })).toEqual([
      'latest: neither the period nor any row label names a year; add latest: <the newest year the numbers describe>',
    ]);
  });
});
