// The search experience, shared by the header dialog and the search page. Plain DOM, no framework:
// every string from the index or the reader goes in as text, never as markup.
import { base, pageLang } from './base';
import { searchWordsFor } from '../../i18n/search-words';
import { linkStylesheet } from '../stylesheet';
import {
  availableFilters,
  cleanQuery,
  MAX_QUERY,
  runSearch,
  searchTerms,
  type ResultData,
  type SearchAnswer,
  type SearchTerms,
} from './engine';
import { excerptNodes } from './excerpt';
import { closestTerms } from './suggest';
import { highlightWords, remember } from './highlight';

export interface SearchOptions {
  /** What to search for at once: the search page passes a ?q= it was opened with. */
  initialQuery?: string;
  /** Called when a result on the page already open is followed (the dialog closes then). */
  onFollowHere?: () => void;
}

/** How long the box waits after the last keystroke before searching (Enter searches at once). */
export const TYPING_PAUSE_MS = 250;
let instances = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

export function mountSearch(root: HTMLElement, options: SearchOptions = {}) {
  const say = searchWordsFor(pageLang());
  const filterLabels: Record<string, string> = { kind: say('search.filterKind'), brief: say('search.filterBrief') };
  void linkStylesheet(`${base}search/search.css`);
  const id = `search-${(instances += 1)}`;
  const input = el('input', {
    id: `${id}-input`,
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: String(MAX_QUERY),
    enterkeyhint: 'search',
    'aria-describedby': `${id}-hint`,
  });
  const form = el(
    'form',
    { class: 'search__form', role: 'search', action: '' },
    el('label', { for: input.id, class: 'search__label' }, say('search.label')),
    input,
    el('p', { id: `${id}-hint`, class: 'search__hint' }, say('search.hint')),
  );
  // A disclosure: open on a wide screen, folded on a phone so the results stay in view.
  const filters = el('details', { class: 'search__filters', hidden: '' });
  if (window.matchMedia('(min-width: 40rem)').matches) filters.open = true;
  const status = el('p', { class: 'search__status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const results = el('ol', { class: 'search__results', 'aria-label': say('search.results') });
  const moreButton = el('button', { type: 'button', class: 'search__more', hidden: '' }, say('search.more'));
  const extra = el('div', { class: 'search__extra' });
  root.replaceChildren(form, filters, status, results, moreButton, extra);

  // The words of each shown result, for the page it opens to mark.
  const wordsOf = new WeakMap<Element, string[]>();
  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const item = link?.closest('.search__result');
    if (!link || !item) return;
    const target = new URL(link.href);
    const words = wordsOf.get(item) ?? [];
    if (target.pathname === location.pathname) {
      // Only the anchor changes: no page load will read the words, so mark them now.
      options.onFollowHere?.();
      void highlightWords(words);
    } else remember(target.pathname, words);
  });
  // Leaving the page (for a result, or away) empties the box and the results: a page kept for the Back button
  // should not show what was searched to whoever presses it next.
  window.addEventListener('pagehide', () => {
    input.value = '';
    generation += 1;
    results.replaceChildren();
    status.textContent = '';
    extra.replaceChildren();
    moreButton.hidden = true;
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void update();
  });

  const chosen: Record<string, string[]> = {};
  let generation = 0;
  let answer: SearchAnswer | undefined;
  let typing: ReturnType<typeof setTimeout> | undefined;

  moreButton.addEventListener('click', async () => {
    if (!answer) return;
    const current = generation;
    const shown = results.children.length;
    const next = await answer.more(shown);
    if (current !== generation) return;
    results.append(...next.map(item));
    // Focus the first new result, so a keyboard or screen reader user continues where the list grew.
    results.children[shown]?.querySelector<HTMLAnchorElement>('a')?.focus();
    showCount(cleanQuery(input.value), answer.total, results.children.length);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // Enter does not wait for the pause in typing: search now, then go to the first result.
    if (typing !== undefined) {
      clearTimeout(typing);
      typing = undefined;
      await update();
    }
    results.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  input.addEventListener('input', () => {
    // Pasted text can exceed maxlength; keep the box and the query the same length.
    if (input.value.length > MAX_QUERY) input.value = input.value.slice(0, MAX_QUERY);
    // Wait for a pause in typing: each search fetches result excerpts, and a phone on a slow line should not
    // pay for "p", "pa", "pal" on the way to "Palermo".
    clearTimeout(typing);
    typing = setTimeout(() => {
      typing = undefined;
      void update();
    }, TYPING_PAUSE_MS);
  });

  // Arrow keys walk from the box through every result link and back.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });

  void buildFilters();
  input.value = cleanQuery(options.initialQuery ?? '');
  void update();

  async function buildFilters() {
    try {
      const available = await availableFilters();
      const groups = Object.entries(available).filter(([, values]) => Object.keys(values).length > 0);
      if (groups.length === 0) return;
      filters.append(el('summary', {}, say('search.narrow')));
      for (const [name, values] of groups) {
        const chips = el('div', { class: 'search__chips' });
        const group = el('div', {
          class: 'search__filter-group',
          role: 'group',
          'aria-label': filterLabels[name] ?? name,
        });
        group.append(
          el('span', { class: 'search__filter-name', 'aria-hidden': 'true' }, filterLabels[name] ?? name),
          chips,
        );
        for (const [value, count] of Object.entries(values).sort()) {
          const box = el('input', { type: 'checkbox', value, id: `${id}-${name}-${value}`.replace(/\W+/g, '-') });
          box.addEventListener('change', () => {
            const list = new Set(chosen[name] ?? []);
            if (box.checked) list.add(value);
            else list.delete(value);
            chosen[name] = [...list];
            void update();
          });
          chips.append(
            el(
              'label',
              { class: 'search__chip', for: box.id },
              box,
              ` ${value} `,
              el('span', { class: 'search__count' }, `(${count})`),
            ),
          );
        }
        filters.append(group);
      }
      filters.hidden = false;
    } catch {
      // Filters are a refinement: search still works without them.
    }
  }

  async function update() {
    const query = cleanQuery(input.value);
    const current = (generation += 1);
    try {
      const found = await runSearch(query, chosen);
      if (current !== generation) return; // A newer keystroke already asked again.
      answer = found;
      render(query, found.total, found.results);
    } catch {
      if (current !== generation) return;
      results.replaceChildren();
      status.textContent = say('search.failed');
      extra.replaceChildren(await topics());
    }
  }

  function render(query: string, total: number, found: ResultData[]) {
    results.replaceChildren(...found.map(item));
    const filtered = Object.values(chosen).some((values) => values.length > 0);
    if (!query && !filtered) {
      status.textContent = say('search.empty');
      moreButton.hidden = true;
      void topics().then((node) => extra.replaceChildren(node));
      return;
    }
    showCount(query, total, found.length);
    extra.replaceChildren();
    if (total === 0) void suggestions(query);
  }

  function showCount(query: string, total: number, shown: number) {
    const what = query ? say('search.forQuery', { query }) : say('search.inFilters');
    status.textContent =
      total === 0
        ? say('search.none', { what })
        : `${say(total === 1 ? 'search.one' : 'search.many', { count: total, what })}${total > shown ? say('search.showing', { shown }) : ''}.`;
    moreButton.hidden = shown >= total;
  }

  async function suggestions(query: string) {
    const known = await searchTerms();
    const close = query ? closestTerms(query, known.terms) : [];
    const help = helpBlock(known, say);
    if (close.length > 0) {
      const line = el('p', { class: 'search__suggest' }, say('search.didYouMean'));
      close.forEach((term, index) => {
        if (index > 0) line.append(index === close.length - 1 ? say('search.or') : ', ');
        line.append(topicButton(term));
      });
      line.append('?');
      extra.replaceChildren(line, help, await topics());
    } else {
      extra.replaceChildren(el('p', {}, say('search.tryShorter')), help, await topics());
    }
  }

  async function topics() {
    const response = await searchTerms();
    const list = el('ul', { class: 'search__topics', 'aria-label': say('search.topics') });
    for (const topic of response.topics) list.append(el('li', {}, topicButton(topic)));
    return el('div', {}, el('p', { class: 'search__topics-title' }, say('search.topics')), list);
  }

  function topicButton(term: string) {
    const button = el('button', { type: 'button', class: 'search__topic' }, term);
    button.addEventListener('click', () => {
      input.value = term;
      input.focus();
      void update();
    });
    return button;
  }

  function item(result: ResultData) {
    const node = resultItem(result);
    wordsOf.set(node, result.words ?? []);
    return node;
  }

  return { input, focus: () => input.focus() };
}

/**
 * What a reader who found nothing may have come for: the hotline (the same numbers as the banner on every
 * page), the warning signs of trafficking when the site has that section, and the list of sections.
 */
function helpBlock(known: SearchTerms, say: ReturnType<typeof searchWordsFor>) {
  const { hotline } = known.help;
  const list = el('ul', { class: 'search__help-list' });
  // The banner on every page shows the hotline too, so a search whose help data did not load loses nothing.
  if (hotline) {
    list.append(
      el(
        'li',
        {},
        say('search.helpCall', { name: hotline.name }),
        el('a', { href: hotline.phoneHref, class: 'search__nowrap' }, hotline.phone),
        say('search.helpText'),
        el('a', { href: hotline.textHref }, hotline.text),
        say('search.helpAfter'),
        el('a', { href: 'tel:911' }, '911'),
        '.',
      ),
    );
  }
  const { signs, briefs } = known.help;
  if (signs) list.append(el('li', {}, el('a', { href: signs.url }, say('search.signs')), say('search.signsAfter')));
  for (const brief of briefs)
    list.append(
      el(
        'li',
        {},
        el('a', { href: brief.url }, say('search.everySection', { title: brief.title })),
        say('search.inOrder'),
      ),
    );
  return el(
    'div',
    { class: 'search__help', role: 'group', 'aria-label': say('search.helpLabel') },
    el('p', { class: 'search__topics-title' }, say('search.helpTitle')),
    list,
  );
}

/** Passages shown under a result: enough to pick the right paragraph, few enough to scan on a phone. */
const PASSAGES = 3;

function resultItem(result: ResultData) {
  const title = result.meta.title ?? result.url;
  const kind = result.filters['kind']?.[0];
  const item = el('li', { class: 'search__result' });
  const heading = el('a', { class: 'search__result-title', href: result.url }, title);
  item.append(heading);
  if (kind) item.append(el('p', { class: 'search__kind' }, kind));
  // The passages come best first (engine.ts rankResult). The page's own top is no passage of its own: when it
  // answers best, its excerpt goes under the title, which then is the best link.
  const [best] = result.sub_results;
  const topIsBest = !best || best.url === result.url;
  const subs = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, topIsBest ? PASSAGES - 1 : PASSAGES);
  if (topIsBest) {
    heading.setAttribute('data-best', '');
    item.append(el('p', { class: 'search__excerpt' }, ...excerptNodes(document, best?.excerpt ?? result.excerpt)));
  }
  if (subs.length > 0) {
    const list = el('ul', { class: 'search__subs' });
    subs.forEach((sub, index) => {
      const link = el(
        'a',
        { href: sub.url },
        el('span', { class: 'search__sub-title' }, sub.title),
        el('span', { class: 'search__excerpt' }, ...excerptNodes(document, sub.excerpt)),
      );
      if (!topIsBest && index === 0) link.setAttribute('data-best', '');
      list.append(el('li', {}, link));
    });
    item.append(list);
  }
  return item;
}
