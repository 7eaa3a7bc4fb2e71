import { base, langPrefix, pageLang } from './base';
import { queryVariants, stopWordsFor, termOf, words, type Synonym, type Variant } from './query';
import { searchWords } from '../../i18n/search-words';
import { cleanMarks, rankPassages, rarity, titleTerms, type Rarity, type WeightedLocation } from './rank';

// The one place that talks to Pagefind. It is imported only when a reader opens search,
// so neither this code nor the index is fetched on a normal page view.

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's text; split on white space, its words are what the locations count. */
  content?: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  /** The page's passages, best first (rankResult), the page's own top among them. */
  sub_results: SubResult[];
  /** The words on the page that answer the query, to mark when it opens. */
  words?: string[];
  weighted_locations?: WeightedLocation[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Queries longer than this are trimmed: nobody types more, and it bounds the work. */
export const MAX_QUERY = 120;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No highlightParam: it would put the searched words in every result address, and so in the reader's
    // history. The words travel in sessionStorage instead (highlight.ts).
    // noWorker: searching an index this size takes a few milliseconds on the main thread, and Pagefind's web
    // worker is 12 KB more to fetch on a first search, a real cost on the slow phones most readers use.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/** How much the best passage counts beside Pagefind's score for the whole page, when ordering the first results. */
const PASSAGE_WEIGHT = 1;

/**
 * How much a page of each kind counts beside the rest: the timeline's many short dated entries and the site's own
 * about page otherwise come first for questions the brief answers better. Only the kinds whose weight changed a
 * measured answer are listed (npm run bench:search); a definition or a chart that answers is as good as a section.
 */
const KIND_WEIGHTS: Record<string, number> = Object.fromEntries(
  Object.values(searchWords).flatMap((say) => [
    [say['kind.About the site'], 0.7],
    [say['kind.Timeline'], 0.85],
  ]),
);
function kindWeight(kind: string | undefined): number {
  return (kind && KIND_WEIGHTS[kind]) || 1;
}

let kindsOfPages: Promise<Map<string, string>> | undefined;
/** Each page's kind, by page id, from the filter index alone: reading it from each result would fetch every page's text. */
function pageKinds(pagefind: Pagefind): Promise<Map<string, string>> {
  kindsOfPages ??= (async () => {
    const kinds = Object.keys((await pagefind.filters())['kind'] ?? {});
    const pages = await Promise.all(
      kinds.map(async (kind) => ({ kind, response: await pagefind.search(null, { filters: { kind: [kind] } }) })),
    );
    return new Map(pages.flatMap(({ kind, response }) => response.results.map((result) => [result.id, kind] as const)));
  })();
  return kindsOfPages;
}

/** Results shown at first and added by each "More results" (as in Pagefind's own interface): each costs a fetch of the page's text. */
export const PAGE_SIZE = 5;

export interface SearchAnswer {
  total: number;
  results: ResultData[];
  /** The next results after the `from` first ones. */
  more(from: number): Promise<ResultData[]>;
}

const NO_ANSWER: SearchAnswer = { total: 0, results: [], more: async () => [] };

export async function runSearch(
  query: string,
  filters: Record<string, string[]>,
  limit = PAGE_SIZE,
): Promise<SearchAnswer> {
  const [pagefind, known] = await Promise.all([loadPagefind(), searchTerms()]);
  const active = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
  const hasFilter = Object.keys(active).length > 0;
  if (!query && !hasFilter) return NO_ANSWER;
  const vocabulary = vocabularyOf(known);
  const stopWords = stopWordsFor(pageLang());
  const strict = query ? queryVariants(query, known.synonyms, false, vocabulary, stopWords) : [];
  if (query && strict.length === 0) return NO_ANSWER;
  // Each wording is searched on its own. Scores of different wordings do not compare (common words score low,
  // rare ones high), so each is scaled to its own best page; a page adds up what each wording gives it.
  const found = new Map<string, { hits: Reading<PagefindResult>[]; score: number }>();
  const searchAll = (variants: (Variant | null)[]) =>
    Promise.all(
      variants.map(async (variant) => ({
        terms: variant?.terms ?? [],
        weight: variant?.weight ?? 1,
        response: await pagefind.search(variant ? variant.terms.join(' ') : null, { filters: active }),
      })),
    );
  const responses = await searchAll(query ? strict : [null]);
  // Pagefind requires every word: when the reader's own words find less than a screenful, also search them less
  // one word at a time (a question often has one word the brief does not use).
  const variants =
    query && responses[0]!.response.results.length < PAGE_SIZE
      ? queryVariants(query, known.synonyms, true, vocabulary, stopWords)
      : strict;
  if (variants.length > strict.length) responses.push(...(await searchAll(variants.slice(strict.length))));
  responses.forEach(({ terms, weight, response }) => {
    const top = Math.max(...response.results.map((result) => result.score), Number.MIN_VALUE);
    for (const result of response.results) {
      const page = found.get(result.id) ?? { hits: [], score: 0 };
      page.hits.push({ data: result, terms, weight });
      page.score += (weight * result.score) / top;
      found.set(result.id, page);
    }
  });
  const kinds = await pageKinds(pagefind);
  for (const [id, page] of found) page.score *= kindWeight(kinds.get(id));
  const ordered = [...found.values()].sort((a, b) => b.score - a.score);
  // Counting the pages for each term takes a few searches; they run while the first pages' text downloads.
  const rarityOfTerms = termRarity(
    pagefind,
    variants.flatMap((variant) => variant.terms),
  );
  const load = async (from: number, count: number) =>
    Promise.all(
      ordered.slice(from, from + count).map(async ({ hits, score }) => {
        // Pagefind hands back one cached object per page and rewrites it for each wording: copy each reading
        // before asking for the next.
        const readings: Reading<ResultData>[] = [];
        for (const hit of hits) readings.push({ ...hit, data: { ...(await hit.data.data()) } });
        const ranked = combineReadings(readings, await rarityOfTerms);
        return { data: ranked.data, score, best: ranked.best };
      }),
    );
  const first = await load(0, limit);
  // Pagefind ranks whole pages; the page whose best passage answers the query best should come first too, so
  // the first batch is reordered by both, each scaled to its best.
  const topScore = Math.max(...first.map((page) => page.score), Number.MIN_VALUE);
  const topBest = Math.max(...first.map((page) => page.best), Number.MIN_VALUE);
  const blended = (page: (typeof first)[number]) =>
    page.score / topScore + PASSAGE_WEIGHT * ((page.best * kindWeight(page.data.filters['kind']?.[0])) / topBest);
  const results = [...first].sort((a, b) => blended(b) - blended(a)).map((page) => page.data);
  // When no word matches, Pagefind falls back to loose prefixes and returns pages that only share a letter
  // with the query ("Palermmo" finds a "P."). Such an answer is no answer: say so and suggest instead.
  if (query && results.length > 0 && !results.some(hasMarks)) return NO_ANSWER;
  return {
    total: ordered.length,
    results,
    more: async (from) => (await load(from, PAGE_SIZE)).map((page) => page.data),
  };
}

let vocabulary: { from: SearchTerms; words: Set<string> } | undefined;
/** The words of the site's headings, terms and synonyms, to correct misspellings against. */
function vocabularyOf(known: SearchTerms): Set<string> {
  if (vocabulary?.from !== known) {
    const all = [
      ...known.terms,
      ...known.topics,
      ...known.synonyms.flatMap((synonym) => [...synonym.when, ...synonym.search]),
    ];
    vocabulary = { from: known, words: new Set(all.flatMap((text) => words(text))) };
  }
  return vocabulary.words;
}

/** What one wording found on a page: the terms it searched for, and how much it counts. */
interface Reading<T> {
  data: T;
  terms: string[];
  weight: number;
}

let pageCount: Promise<number> | undefined;
/** How rare each term is on the site, from how many pages Pagefind finds for it alone (the index is loaded by then). */
async function termRarity(pagefind: Pagefind, terms: readonly string[]): Promise<Rarity> {
  pageCount ??= pagefind.search(null).then((response) => response.results.length);
  const pages = await pageCount;
  const unique = [...new Set(terms)];
  const counts = await Promise.all(
    unique.map(async (term) => [term, (await pagefind.search(term)).results.length] as const),
  );
  return rarity(pages, new Map(counts));
}

/** The page's passages in order of how well they answer the terms, with marks only on words that answer one. */
export function rankResult(data: ResultData, terms: string[], rare?: Rarity): ResultData {
  return combineReadings([{ data, terms, weight: 1 }], rare).data;
}

/**
 * One page as several wordings found it: each passage keeps its best score among them, and the excerpt of the
 * wording that gave it, marked for that wording's terms only. `best` is the score of the page's best passage.
 */
export function combineReadings(
  readings: readonly Reading<ResultData>[],
  rare?: Rarity,
): { data: ResultData; best: number } {
  const passages = new Map<string, { sub: SubResult; score: number; index: number }>();
  let excerpt = readings[0]!.data.excerpt;
  let excerptScore = -1;
  const answering = new Set<string>();
  for (const { data, terms, weight } of readings) {
    const pageWords = (data.content ?? '').split(/\s+/);
    for (const location of data.weighted_locations ?? []) {
      const word = words(pageWords[location.location] ?? '')[0];
      if (word && termOf(word, terms)) answering.add(word);
    }
    const mark = (text: string) => (terms.length > 0 ? cleanMarks(text, terms) : text);
    const ranked = rankPassages(data.sub_results, pageWords, terms, rare, titleTerms(data.meta.title, terms));
    ranked.forEach(({ passage, score }) => {
      const weighted = score * weight;
      const seen = passages.get(passage.url);
      if (!seen || weighted > seen.score) {
        passages.set(passage.url, {
          sub: { ...passage, excerpt: mark(passage.excerpt) },
          score: weighted,
          index: data.sub_results.indexOf(passage),
        });
      }
      if (weighted > excerptScore) {
        excerptScore = weighted;
        excerpt = mark(data.excerpt);
      }
    });
  }
  const sorted = [...passages.values()].sort((a, b) => b.score - a.score || a.index - b.index);
  return {
    data: { ...readings[0]!.data, excerpt, sub_results: sorted.map(({ sub }) => sub), words: [...answering] },
    best: sorted[0]?.score ?? 0,
  };
}

/** True when the result marks a word that answers the query (rankResult keeps only those marks). */
export function hasMarks(result: Pick<ResultData, 'excerpt' | 'sub_results'>): boolean {
  return [result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)].some((excerpt) =>
    excerpt.includes('<mark>'),
  );
}

export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

/** The hotline as the banner shows it, read from content/help-lines.yml at build time. */
export interface HelpHotline {
  name: string;
  phone: string;
  phoneHref: string;
  text: string;
  textHref: string;
}

export interface SearchTerms {
  /** Headings, glossary terms and topics, for "Did you mean …?". */
  terms: string[];
  /** Suggested topics shown before the reader types. */
  topics: string[];
  /** Other wordings of a query (content/search/synonyms.yml and the glossary's aliases). */
  synonyms: Synonym[];
  /** Where a search that finds nothing points: each brief's sections, and the warning signs when the site has them. */
  help: { hotline?: HelpHotline; briefs: Link[]; signs?: Link };
}
export interface Link {
  title: string;
  url: string;
}
let terms: Promise<SearchTerms> | undefined;
const NO_TERMS: SearchTerms = { terms: [], topics: [], synonyms: [], help: { briefs: [] } };
/** Built at build time for each language (src/pages/search-terms.json.ts, src/pages/es/search-terms.json.ts);
 *  the page's language's is fetched once, when search opens (it holds the synonyms). */
export function searchTerms(): Promise<SearchTerms> {
  terms ??= fetch(`${base}${langPrefix(pageLang())}search-terms.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchTerms>) : NO_TERMS))
    .catch(() => NO_TERMS);
  return terms;
}
