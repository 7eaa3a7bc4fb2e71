import { describe, expect, it } from 'vitest';
import { correctionSchema } from './correction';

const valid = {
  page: 'by-the-numbers',
  anchor: 'fig-forced-labor-by-region',
  topic: 'Forced labor by region',
  original: 'What the earlier brief said.',
  corrected: 'What the sources say.',
  date: '2026-11-23',
  sources: [{ id: 'corr-a', title: 'A report', publisher: 'A publisher', year: 2022, url: 'https://example.org/a' }],
};
const messages = (input: unknown) => {
  const result = correctionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a correction entry', () => {
  it('accepts a complete entry and reads its date as a day', () => {
    const result = correctionSchema.parse(valid);
    expect(result.date.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(result.sources[0]!.note).toBe('');
  });
  it('needs at least one source', () => {
    expect(messages({ ...valid, sources: [] })).toEqual(['sources: a correction must name at least one source']);
  });
  it('rejects an impossible date and a date the YAML parser already turned into another day', () => {
    expect(messages({ ...valid, date: '2026-02-30' })).toEqual([
      'date: "2026-02-30" is not a real date written as YYYY-MM-DD',
    ]);
    expect(messages({ ...valid, date: new Date('2026-03-02T00:00:00Z') })[0]).toMatch(
      /^date: write the date in quotes/,
    );
  });
  it('names the field when the page or anchor cannot be part of an address', () => {
    expect(messages({ ...valid, page: 'By the numbers' })[0]).toMatch(/^page: page must be lowercase letters/);
    expect(messages({ ...valid, anchor: '#fig-x' })[0]).toMatch(/^anchor: anchor must be lowercase letters/);
  });
  it('requires what the brief said and what the sources say', () => {
    const { original: _original, ...withoutOriginal } = valid;
    expect(messages(withoutOriginal)).toEqual(['original: original is required (text)']);
    expect(messages({ ...valid, corrected: '  ' })).toEqual(['corrected: corrected must not be empty']);
  });
});
