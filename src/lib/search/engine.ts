import { base } from './base';

// The one place that talks to Pagefind. It is imported only when a reader opens search,
// so neither this code nor the index is fetched on a normal page view.

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Query-string parameter that makes the landing page highlight the searched words. */
export const HIGHLIGHT_PARAM = 'highlight';
/** Queries longer than this are trimmed: nobody types more, and it bounds the work. */
export const MAX_QUERY = 120;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No highlightParam here: Pagefind caches a page's data with the highlight of the first query that
    // loaded it, so later queries would land highlighting the wrong words. withHighlight() adds our own.
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

/** Results shown at first and added by each "More results" (as in Pagefind's own interface): each costs a fetch of the page's text. */
export const PAGE_SIZE = 5;

export interface SearchAnswer {
  total: number;
  results: ResultData[];
  /** The next results after the `from` first ones. */
  more(from: number): Promise<ResultData[]>;
}

const NO_ANSWER: SearchAnswer = { total: 0, results: [], more: async () => [] };

export async function runSearch(query: string, filters: Record<string, string[]>, limit = PAGE_SIZE): Promise<SearchAnswer> {
  const pagefind = await loadPagefind();
  const active = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
  const hasFilter = Object.keys(active).length > 0;
  if (!query && !hasFilter) return NO_ANSWER;
  const response = await pagefind.search(query || null, { filters: active });
  const load = async (from: number, count: number) =>
    (await Promise.all(response.results.slice(from, from + count).map((result) => result.data()))).map((data) => withHighlight(data, query));
  const results = await load(0, limit);
  // When no word matches, Pagefind falls back to loose prefixes and returns pages that only share a letter
  // with the query ("Palermmo" finds a "P."). Such an answer is no answer: say so and suggest instead.
  if (query && results.length > 0 && !results.some((result) => matchesQuery(result, query))) return NO_ANSWER;
  return { total: response.results.length, results, more: (from) => load(from, PAGE_SIZE) };
}

/** The result's links with ?highlight= for each word of this query, so the page it opens marks them. */
export function withHighlight(result: ResultData, query: string): ResultData {
  const terms = query.split(' ').filter(Boolean);
  const link = (url: string) => {
    // Result URLs are site paths; a placeholder origin lets URL do the parsing, and only the path is kept.
    const parsed = new URL(url, 'https://site.invalid');
    parsed.searchParams.delete(HIGHLIGHT_PARAM);
    for (const term of terms) parsed.searchParams.append(HIGHLIGHT_PARAM, term);
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  };
  return { ...result, url: link(result.url), sub_results: result.sub_results.map((sub) => ({ ...sub, url: link(sub.url) })) };
}

const words = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const sharedPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/** True when a word the result highlights starts like a word of the query (at least three letters alike). */
export function matchesQuery(result: Pick<ResultData, 'excerpt' | 'sub_results'>, query: string): boolean {
  const terms = words(query);
  const marked = [result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)]
    .flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => words(match[1] ?? '')));
  return marked.some((mark) => terms.some((term) => sharedPrefix(mark, term) >= Math.min(3, term.length)));
}

export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

export interface SearchTerms {
  /** Headings, glossary terms and topics, for "Did you mean …?". */
  terms: string[];
  /** Suggested topics shown before the reader types. */
  topics: string[];
}
let terms: Promise<SearchTerms> | undefined;
/** Built at build time by src/pages/search-terms.json.ts; fetched once, only after a search finds nothing or starts empty. */
export function searchTerms(): Promise<SearchTerms> {
  terms ??= fetch(`${base}search-terms.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchTerms>) : { terms: [], topics: [] }))
    .catch(() => ({ terms: [], topics: [] }));
  return terms;
}
