import { describe, expect, it } from 'vitest';
import { hasMarks, rankResult } from './engine';

const result = (excerpt: string, subs: string[] = []) => ({
  excerpt,
  sub_results: subs.map((sub) => ({ title: '', url: '', excerpt: sub })),
});

describe('hasMarks', () => {
  it('accepts a result that marks a word in its excerpt or a passage', () => {
    expect(hasMarks(result('the <mark>Palermo</mark> Protocol'))).toBe(true);
    expect(hasMarks(result('nothing marked here', ['under <mark>Section</mark> 230']))).toBe(true);
  });
  it('rejects a result with no mark left, as when Pagefind matched only a loose prefix', () => {
    expect(hasMarks(result('Mark P. Lagon', ['the three “P” pillars']))).toBe(false);
  });
});

describe('rankResult', () => {
  // Split on white space: "victims." is word 2, "victim" word 7, "visas" word 10 and "victims" word 12.
  const content = 'Visas for victims. Continued Presence lets a victim stay. T visas give victims a path to stay';
  const data = {
    url: '/p/',
    excerpt: 'for <mark>victims.</mark>',
    content,
    meta: { title: 'Page' },
    filters: {},
    sub_results: [
      {
        title: 'Page',
        url: '/p/',
        excerpt: 'Visas for <mark>victims.</mark>',
        weighted_locations: [{ weight: 1, balanced_score: 10, location: 2 }],
      },
      {
        title: 'Continued Presence',
        url: '/p/#cp',
        excerpt: 'a <mark>victim</mark> stay',
        weighted_locations: [{ weight: 1, balanced_score: 10, location: 7 }],
      },
      {
        title: 'T visas',
        url: '/p/#t',
        excerpt: 'T <mark>visas</mark> give <mark>victims</mark>',
        weighted_locations: [
          { weight: 5, balanced_score: 12800, location: 10 },
          { weight: 1, balanced_score: 10, location: 12 },
        ],
      },
    ],
  };
  it('puts the passage that answers every word first, whatever its place on the page', () => {
    expect(rankResult(data, ['visa', 'victims']).sub_results.map((sub) => sub.url)).toEqual(['/p/#t', '/p/', '/p/#cp']);
  });
  it('keeps page order when no passage is better than another', () => {
    expect(rankResult(data, []).sub_results.map((sub) => sub.url)).toEqual(['/p/', '/p/#cp', '/p/#t']);
  });
});
