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

/**
 * How well one passage answers the terms, given the page's words (split as Pagefind splits them). `context` holds
 * the terms the page's title answers: every passage of the page stands under that title, so they count towards
 * each passage's coverage, but add no weight ("do survivors advise the government" on "The federal government"
 * page is answered by its survivors' section, not by its first paragraph).
 */
export function passageScore(
  passage: Pick<Passage, 'weighted_locations'>,
  pageWords: readonly string[],
  terms: readonly string[],
  rare: Rarity = new Map(),
  context: ReadonlySet<string> = new Set(),
): number {
  const best = new Map<string, number>();
  // Repeats count by their weight too, so a source list that names a report ten times (weight 0.2) does not
  // outscore the paragraph that answers.
  const repeats = new Map<string, number>();
  for (const location of passage.weighted_locations ?? []) {
    const word = words(pageWords[location.location] ?? '')[0];
    const term = word && termOf(word, terms);
    if (!term) continue;
    best.set(term, Math.max(best.get(term) ?? 0, location.weight));
    repeats.set(term, (repeats.get(term) ?? 0) + location.weight);
  }
  if (terms.length === 0 || best.size === 0) return 0;
  let sum = 0;
  for (const [term, weight] of best)
    sum += (rare.get(term) ?? 1) * (weight + Math.log(Math.max(1, repeats.get(term)!)) / 2);
  // Coverage counts each term by its rarity: a passage that has the one rare word of "indicators of human
  // trafficking" answers more of it than one that has the two common ones.
  const rarityOf = (term: string) => rare.get(term) ?? 1;
  const wanted = [...new Set(terms)].reduce((total, term) => total + rarityOf(term), 0);
  const covered = new Set([...best.keys(), ...terms.filter((term) => context.has(term))]);
  const coverage = [...covered].reduce((total, term) => total + rarityOf(term), 0) / wanted;
  return sum * coverage * coverage;
}

/** The passages, best first; ties keep page order. */
export function rankPassages<T extends Passage>(
  passages: readonly T[],
  pageWords: readonly string[],
  terms: readonly string[],
  rare: Rarity = new Map(),
  context: ReadonlySet<string> = new Set(),
): { passage: T; score: number }[] {
  const rarityOf = (term: string) => rare.get(term) ?? 1;
  const unique = [...new Set(terms)];
  const titleShare =
    unique.filter((term) => context.has(term)).reduce((total, term) => total + rarityOf(term), 0) /
    unique.reduce((total, term) => total + rarityOf(term), 0);
  const partialTitle = context.size > 0 && titleShare < TITLE_ANSWERS;
  return passages
    .map((passage, index) => {
      // A title that answers the query (all of it, or all but words as common as "trafficking") makes the page's
      // top its answer; a title that answers part of it
      // is context for every passage (see passageScore), so its heading weight does not lift the top alone.
      // Even then the title weighs no more than a section heading: a section whose heading answers as much is the
      // more precise answer ("what does force, fraud or coercion mean" on a page whose title names them).
      const locations = passage.weighted_locations ?? [];
      const scored = {
        weighted_locations: partialTitle
          ? locations.filter((location) => location.weight < TITLE_WEIGHT)
          : locations.map((location) =>
              location.weight >= TITLE_WEIGHT ? { ...location, weight: HEADING_WEIGHT } : location,
            ),
      };
      return { passage, score: passageScore(scored, pageWords, terms, rare, context), index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ passage, score }) => ({ passage, score }));
}

/** Pagefind's weight for the words of a page's h1, and for those of its highest section headings (h2); text weighs 1. */
export const TITLE_WEIGHT = 7;
const HEADING_WEIGHT = 6;

/** The share of a query, by rarity, that a page's title must answer for the page's top to be its answer. */
const TITLE_ANSWERS = 0.6;

/** The terms that the page's title answers (see passageScore). */
export function titleTerms(title: string | undefined, terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const word of words(title ?? '')) {
    const term = termOf(word, terms);
    if (term) found.add(term);
  }
  return found;
}

/**
 * Pagefind marks every word it matched, including those only sharing a prefix with a short term ("issued" for
 * "is"). Keep the mark only on words that answer a term.
 */
export function cleanMarks(excerpt: string, terms: readonly string[]): string {
  return excerpt.replace(/<mark>(.*?)<\/mark>/g, (whole, inner: string) =>
    words(inner).some((word) => termOf(word, terms)) ? whole : inner,
  );
}
