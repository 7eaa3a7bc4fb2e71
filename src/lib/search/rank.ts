// Orders what Pagefind found by how well each passage answers the query. Pagefind ranks whole pages and lists a
// page's passages (the text under each heading or entry) in page order, so the first link under a result was
// the first heading that mentioned any word. Here each passage is scored from the matches Pagefind reports:
// for each term, the weight of its best match there (a heading counts more than a paragraph, and
// data-pagefind-weight says how much), a little for repeats, times how rare the term is on the site, so
// "smuggling" counts more than "trafficking"; passages that answer every term of the query win over those that
// repeat one of them.
import { termOf, words } from './query';

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface Passage {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: WeightedLocation[];
}

/** How rare each term is: ln(1 + pages / pages containing it). A term missing from the map counts as 1. */
export type Rarity = ReadonlyMap<string, number>;

export function rarity(pages: number, containing: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...containing].map(([term, count]) => [term, Math.log(1 + pages / Math.max(count, 1))]));
}

/** How well one passage answers the terms, given the page's words (split as Pagefind splits them). */
export function passageScore(passage: Pick<Passage, 'weighted_locations'>, pageWords: readonly string[], terms: readonly string[], rare: Rarity = new Map()): number {
  const best = new Map<string, number>();
  const count = new Map<string, number>();
  for (const location of passage.weighted_locations ?? []) {
    const word = words(pageWords[location.location] ?? '')[0];
    const term = word && termOf(word, terms);
    if (!term) continue;
    best.set(term, Math.max(best.get(term) ?? 0, location.weight));
    count.set(term, (count.get(term) ?? 0) + 1);
  }
  if (terms.length === 0 || best.size === 0) return 0;
  let sum = 0;
  for (const [term, weight] of best) sum += (rare.get(term) ?? 1) * (weight + Math.log(count.get(term)!) / 2);
  const coverage = best.size / terms.length;
  return sum * coverage * coverage;
}

/** The passages, best first; ties keep page order. */
export function rankPassages<T extends Passage>(passages: readonly T[], pageWords: readonly string[], terms: readonly string[], rare: Rarity = new Map()): { passage: T; score: number }[] {
  return passages
    .map((passage, index) => ({ passage, score: passageScore(passage, pageWords, terms, rare), index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ passage, score }) => ({ passage, score }));
}

/**
 * Pagefind marks every word it matched, including those only sharing a prefix with a short term ("issued" for
 * "is"). Keep the mark only on words that answer a term.
 */
export function cleanMarks(excerpt: string, terms: readonly string[]): string {
  return excerpt.replace(/<mark>(.*?)<\/mark>/g, (whole, inner: string) => (words(inner).some((word) => termOf(word, terms)) ? whole : inner));
}
