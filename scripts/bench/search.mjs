// npm run bench:search [-- "first query"]: how much a first search costs and how fast search answers,
// against the built site (run npm run build first). Prints figures; it asserts nothing.
// 1. First query: a fresh browser context (empty cache) opens /search/, the reader types a query, and every
//    response from the page load on is summed, each address once. "Search only" is every file the page
//    itself does not need: the search bundle and its CSS, pagefind.js (and its worker, if used), its wasm, the index and
//    filter chunks, the result fragments and /search-terms.json. Sizes are response bodies as Chromium
//    hands them over, decoded: `astro preview` (scripts/serve.mjs) gzips every response, so the "wire"
//    column adds the bytes that actually crossed the connection. Pagefind's wasm, index chunks and
//    fragments are gzip files already: there decoded and wire agree (the second gzip adds a few bytes).
// 2. Relevance: each query of e2e/search-questions.json is typed on /search/ (and each of
//    e2e/search-questions-es.json on /es/buscar/, when that file exists); the first result's page
//    and the first link under it (its best passage, or the page itself) are compared with the answer the file
//    names. Prints success@1 for the page and for the paragraph, and the mean reciprocal rank of the right page.
//    A query that "requires" a page the build does not have is reported apart and left out of the rates.
// 3. Latency: for each query of a list, the time in the page (performance.now()) from setting the box's
//    value and pressing Enter (which searches at once; typing waits for a 250 ms pause first, which this
//    leaves out) to the status line announcing the results for that query.
//    One warm-up round, then five timed rounds over the list. Targets: median < 50 ms, first query ≤ 150 KB on the wire,
//    page@1 ≥ 90% and paragraph@1 ≥ 80%.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, serve } from '../serve.mjs';
import { chromiumArgs } from '../../e2e/support/browser.mjs';

const queries = [
  'Section 230',
  'Palermo',
  'safe harbor',
  'Tariff Act',
  'Continued Presence',
  'T visa',
  'NIBRS',
  'Nordic model',
  'debt bondage',
  'forced labor',
  'hotline',
  'Backpage',
  'EARN IT',
  'ACTeam',
  'supply chain',
  'Beijing',
  'restitution',
  'coercion',
  'Phoenix',
  'worldwide estimates',
];
const ROUNDS = 5;
const questionsIn = (file) => JSON.parse(readFileSync(new URL(`../../e2e/${file}`, import.meta.url), 'utf8')).questions;
// Each language's questions, typed on that language's search page (Pagefind searches the page's language only).
const questionSets = [
  { file: 'search-questions.json', searchPath: 'search/' },
  { file: 'search-questions-es.json', searchPath: 'es/buscar/' },
].filter(({ file }) => existsSync(new URL(`../../e2e/${file}`, import.meta.url)));
const firstQuery = process.argv[2] ?? 'trafficking';
// A reader typing on a phone: a key every 150 ms; the box searches when typing pauses for 250 ms, as in real use.
const KEY_DELAY_MS = 150;

if (!existsSync('dist/pagefind') || !existsSync('dist/search/index.html')) {
  console.error(
    'bench:search needs the built site with its search index, and dist/pagefind is missing: run npm run build first.',
  );
  process.exit(1);
}

const kb = (bytes) => Number((bytes / 1024).toFixed(1));
const round = (ms) => Number(ms.toFixed(1));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
// Nearest-rank percentile.
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];

/** What a response is, for the breakdown; `search` marks what the page itself does not need. */
function classify(path) {
  if (path.includes('/pagefind/')) {
    if (path.endsWith('pagefind.js')) return ['pagefind.js', true];
    if (path.includes('/wasm.')) return ['pagefind wasm', true];
    if (path.endsWith('pagefind-worker.js')) return ['pagefind worker', true];
    if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return ['pagefind metadata', true];
    if (path.includes('/index/')) return ['index chunks', true];
    if (path.includes('/filter/')) return ['filter chunks', true];
    if (path.includes('/fragment/')) return ['result fragments', true];
    return ['pagefind, other', true];
  }
  if (/\/search\/search\.js$/.test(path)) return ['search bundle (JS)', true];
  if (/\/search\/search\.css$/.test(path)) return ['search bundle (CSS)', true];
  if (path.endsWith('/search-terms.json')) return ['search-terms.json', true];
  if (path.endsWith('/search/')) return ['the page (HTML)', false];
  return ['the page, other files', false];
}

async function measureFirstQuery(browser, url) {
  const context = await browser.newContext(); // empty cache
  const page = await context.newPage();
  const responses = [];
  const pending = [];
  let typingStarted = false;
  const seen = new Set();
  page.on('requestfinished', (request) => {
    const afterKeystroke = typingStarted;
    const path = new URL(request.url()).pathname;
    // Each address once: Chromium asks for the favicon again at every history.replaceState (?q= follows the
    // query) and gets a 304, so the bytes come from its cache.
    if (seen.has(path)) return;
    seen.add(path);
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const encoding = response.headers()['content-encoding'];
        const { responseBodySize } = await request.sizes().catch(() => ({ responseBodySize: 0 }));
        // Chromium reports no transfer size for a worker's script; gzip it as the server would.
        const estimated = responseBodySize === 0 && body.length > 0;
        const wire = estimated ? (encoding === 'gzip' ? gzipSync(body).length : body.length) : responseBodySize;
        const [kind, search] = classify(path);
        responses.push({ path, kind, search, afterKeystroke, bytes: body.length, wire, estimated });
      })(),
    );
  });
  let loaded = false;
  const searchRequestedBeforeLoad = [];
  page.once('load', () => (loaded = true));
  page.on('request', (request) => {
    if (!loaded && classify(new URL(request.url()).pathname)[1]) searchRequestedBeforeLoad.push(request.url());
  });
  try {
    await page.goto(`${url}search/`, { waitUntil: 'load' });
    const root = page.locator('[data-search-page]');
    const box = root.getByRole('searchbox');
    const status = root.getByRole('status');
    await status.filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 }); // search is mounted
    await page.waitForLoadState('networkidle');
    typingStarted = true;
    await box.click();
    await box.pressSequentially(firstQuery, { delay: KEY_DELAY_MS });
    await status.filter({ hasText: `for “${firstQuery}”` }).waitFor({ timeout: 15_000 });
    const message = await status.textContent();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { responses, message, searchRequestedBeforeLoad };
  } finally {
    await context.close();
  }
}

/**
 * Sends a query as Enter does on the search page and reads the answer once the status line announces it: the time
 * in the page from setting the box to that announcement, the status text, each result's page and the first
 * result's best passage (the link the interface marks: its first sub-result, or the page itself).
 */
const ask = (page, query) =>
  page.evaluate(
    (query) =>
      new Promise((resolve, reject) => {
        const root = document.querySelector('[data-search-page]');
        const input = root.querySelector('input[type="search"]');
        const status = root.querySelector('[role="status"]');
        // The status quotes the query in every language ("for “…”", "para “…”").
        const answer = `“${query}”`;
        let started = 0;
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (!text.includes(answer)) return;
          const ms = performance.now() - started;
          observer.disconnect();
          clearTimeout(timer);
          const items = [...root.querySelectorAll('.search__results > li')];
          resolve({
            ms,
            text,
            pages: items.map((item) => item.querySelector('.search__result-title')?.getAttribute('href') ?? ''),
            first: items[0]?.querySelector('[data-best]')?.getAttribute('href') ?? '',
          });
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no answer for "${query}" within 10 s; the status says: ${status.textContent}`));
        }, 10_000);
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.form.requestSubmit();
      }),
    query,
  );

/** Opens the search page in a fresh context and waits until search is mounted. */
async function searchPage(browser, url, searchPath = 'search/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}${searchPath}`);
  await page.locator('[data-search-page]').getByRole('status').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
  return { context, page };
}

async function measureLatency(browser, url) {
  const { context, page } = await searchPage(browser, url);
  try {
    const samples = new Map(queries.map((query) => [query, []]));
    const messages = new Map();
    for (const query of queries) messages.set(query, (await ask(page, query)).text); // warm-up
    for (let r = 0; r < ROUNDS; r += 1) {
      // Round-robin, so each timed run changes the query, as a reader's next search does.
      for (const query of queries) samples.get(query).push((await ask(page, query)).ms);
    }
    return { samples, messages };
  } finally {
    await context.close();
  }
}

/** Runs every question through the search page as a reader would (Enter, no typing pause) and reads what comes first. */
async function measureRelevance(browser, url, questions, searchPath) {
  const { context, page } = await searchPage(browser, url, searchPath);
  const base = new URL(url).pathname;
  const path = (href) => {
    const parsed = new URL(href, url);
    return { page: parsed.pathname.slice(base.length), anchor: decodeURIComponent(parsed.hash.slice(1)) };
  };
  try {
    const rows = [];
    for (const question of questions) {
      const present = !question.requires || existsSync(`dist/${question.requires}index.html`);
      const found = await ask(page, question.q);
      const right = [`${question.page}#${question.anchor}`, ...(question.also ?? [])].map((answer) => {
        const [page, anchor = ''] = answer.split('#');
        return { page, anchor };
      });
      const pages = found.pages.map((href) => path(href).page);
      const first = found.first ? path(found.first) : { page: '', anchor: '' };
      const rank = pages.findIndex((candidate) => right.some((answer) => answer.page === candidate)) + 1;
      rows.push({
        query: question.q,
        present,
        pageAt1: rank === 1,
        paragraphAt1: right.some((answer) => answer.page === first.page && answer.anchor === first.anchor),
        rank,
        got: found.first ? `${first.page}#${first.anchor}` : '(nothing)',
        want: `${question.page}#${question.anchor}`,
      });
    }
    return rows;
  } finally {
    await context.close();
  }
}

const percent = (part, whole) => `${whole ? ((100 * part) / whole).toFixed(0) : '–'}%`;

const count = (message) => {
  if (/^No results/.test(message)) return '0';
  const [, total, shown] = message.match(/^(\d+) results? .*?(?:showing the first (\d+))?\.$/) ?? [];
  return total ? (shown ? `${total} (${shown} shown)` : total) : `? ${message}`;
};

let executablePath;
try {
  executablePath = chromiumPath();
} catch {
  console.error('bench:search needs Chromium (see e2e/support/find-chromium.mjs) and none was found.');
  process.exit(1);
}

const server = await serve();
let browser;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  server.stop();
};
process.once('SIGINT', () => stopAll().then(() => process.exit(130)));
let exitCode = 0;
try {
  const probe = await fetch(`${server.url}search/`).catch(() => undefined);
  if (!probe?.ok)
    throw new Error(
      `the preview server did not answer at ${server.url}search/ (${probe ? probe.status : 'no answer'})`,
    );
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
  console.log(`Chromium ${browser.version()}, site at ${server.url} (astro preview, which gzips text responses)\n`);

  const first = await measureFirstQuery(browser, server.url);
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  const kinds = new Map();
  for (const response of first.responses) {
    const row = kinds.get(response.kind) ?? {
      what: response.kind,
      files: 0,
      KB: 0,
      'wire KB': 0,
      'after typing KB': 0,
    };
    row.files += 1;
    row.KB += response.bytes;
    row['wire KB'] += response.wire;
    if (response.afterKeystroke) row['after typing KB'] += response.bytes;
    kinds.set(response.kind, row);
  }
  const breakdown = [...kinds.values()].map((row) => ({
    ...row,
    KB: kb(row.KB),
    'wire KB': kb(row['wire KB']),
    'after typing KB': kb(row['after typing KB']),
  }));
  const search = first.responses.filter((response) => response.search);
  const typed = first.responses.filter((response) => response.afterKeystroke);
  console.log(
    `First query: a fresh context opens /search/ and types "${firstQuery}" (a key every ${KEY_DELAY_MS} ms); the status says "${first.message}"`,
  );
  console.table(breakdown);
  console.log(
    `  page + search, all bytes:              ${kb(sum(first.responses, 'bytes'))} KB decoded, ${kb(sum(first.responses, 'wire'))} KB on the wire (${first.responses.length} responses)`,
  );
  console.log(
    `  search only (after the page loaded):   ${kb(sum(search, 'bytes'))} KB decoded, ${kb(sum(search, 'wire'))} KB on the wire (${search.length} responses)`,
  );
  console.log(
    `    of which fetched once typing began:  ${kb(sum(typed, 'bytes'))} KB decoded, ${kb(sum(typed, 'wire'))} KB on the wire (${typed.length} responses)`,
  );
  const early = first.searchRequestedBeforeLoad.map((address) => new URL(address).pathname);
  if (early.length > 0)
    console.log(`  (requested while the page was still loading, counted as search: ${early.join(', ')})`);
  const estimated = first.responses.filter((response) => response.estimated).map((response) => response.path);
  if (estimated.length > 0) console.log(`  (gzip size estimated, Chromium did not report it: ${estimated.join(', ')})`);

  for (const { file, searchPath } of questionSets) {
    const relevance = await measureRelevance(browser, server.url, questionsIn(file), searchPath);
    const counted = relevance.filter((row) => row.present);
    const waiting = relevance.filter((row) => !row.present);
    console.log(`\nRelevance: ${counted.length} questions from e2e/${file}, typed on /${searchPath}`);
    console.table(
      counted.map(({ query, pageAt1, paragraphAt1, rank, got, want }) => ({
        query,
        page: pageAt1 ? '✓' : '✗',
        paragraph: paragraphAt1 ? '✓' : '✗',
        rank: rank || '–',
        'first link': got,
        ...(paragraphAt1 ? {} : { expected: want }),
      })),
    );
    const pageHits = counted.filter((row) => row.pageAt1).length;
    const paragraphHits = counted.filter((row) => row.paragraphAt1).length;
    const mrr = counted.reduce((sum, row) => sum + (row.rank ? 1 / row.rank : 0), 0) / (counted.length || 1);
    console.log(`  success@1, page:      ${pageHits}/${counted.length} (${percent(pageHits, counted.length)})`);
    console.log(
      `  success@1, paragraph: ${paragraphHits}/${counted.length} (${percent(paragraphHits, counted.length)})`,
    );
    console.log(`  mean reciprocal rank of the right page: ${mrr.toFixed(3)}`);
    if (waiting.length > 0) {
      const names = [...new Set(waiting.map((row) => row.want.split('#')[0]))].join(', ');
      console.log(
        `  not counted: ${waiting.length} questions whose page is not in this build yet (${names}); now first: ${waiting.map((row) => `"${row.query}" → ${row.got}`).join('; ')}`,
      );
    }
  }

  const { samples, messages } = await measureLatency(browser, server.url);
  const rows = queries.map((query) => ({
    query,
    results: count(messages.get(query)),
    'median ms': round(median(samples.get(query))),
  }));
  console.log(`\nLatency: Enter → status announces the results, ${ROUNDS} runs per query after one warm-up`);
  console.table(rows);
  const all = [...samples.values()].flat();
  console.log(`  overall median: ${round(median(all))} ms, p95: ${round(percentile(all, 95))} ms (${all.length} runs)`);
  console.log('\nTargets: page@1 ≥ 90%, paragraph@1 ≥ 80%, median < 50 ms, first query ≤ 150 KB on the wire.');
} catch (error) {
  console.error(`bench:search could not run: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
