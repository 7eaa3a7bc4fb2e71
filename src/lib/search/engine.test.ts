import { describe, expect, it } from 'vitest';
import { matchesQuery } from './engine';

const result = (excerpt: string, subs: string[] = []) => ({ excerpt, sub_results: subs.map((sub) => ({ title: '', url: '', excerpt: sub })) });

describe('matchesQuery', () => {
  it('accepts a result that highlights a word of the query, or a longer form of it', () => {
    expect(matchesQuery(result('the <mark>Palermo</mark> Protocol'), 'Palermo')).toBe(true);
    expect(matchesQuery(result('arrested <mark>traffickers</mark>'), 'trafficking')).toBe(true);
    expect(matchesQuery(result('the <mark>EARN</mark> <mark>IT</mark> Act'), 'EARN IT')).toBe(true);
  });
  it('looks in the excerpts of sub-results too', () => {
    expect(matchesQuery(result('nothing marked here', ['under <mark>Section</mark> 230']), 'section 230')).toBe(true);
  });
  it('rejects a result that only shares a letter with the query, as Pagefind returns for a misspelling', () => {
    expect(matchesQuery(result('Mark <mark>P.</mark> Lagon'), 'Palermmo')).toBe(false);
    expect(matchesQuery(result('the three <mark>“P”</mark> pillars'), 'Palermmo')).toBe(false);
  });
  it('works with letters beyond Latin', () => {
    expect(matchesQuery(result('<mark>الاتجار</mark> بالبشر'), 'الاتجار')).toBe(true);
  });
});
