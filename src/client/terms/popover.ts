// The definition of a glossary term, shown beside the word when a reader clicks it in the text. The page's
// loader (src/client/inline/on-demand.js) imports this on the first click on a term and calls toggleTerm; the term
// stays a link, so without JavaScript, or if this fails, the click opens the glossary entry instead.
//
// One non-modal dialog serves the page. It sits in the top layer (the popover attribute) but directly after
// the word in the document, so reading and Tab order run word, definition, rest of the sentence. Focus moves
// into it; Escape or "Close" returns focus to the word; a click or focus elsewhere closes it.
import { linkStylesheet } from '../stylesheet';
import type { TermDefinition, TermDefinitions } from './definitions';
import { phonePieces } from './phones';
import { placeBeside } from './place';
import { popoverWords } from './words';

const ID = 'term-popover';
// Built beside this bundle (enhance/terms.js + terms.css), so its address follows the bundle's, base path and all.
const STYLESHEET = new URL('terms.css', import.meta.url).href;
const glossaries = new Map<string, Promise<TermDefinitions>>();

/** The brief's definitions, fetched once per glossary; a failed fetch is forgotten so a later click retries. */
function definitionsFor(term: HTMLAnchorElement): Promise<TermDefinitions> {
  const url = new URL('terms.json', term.href).href;
  let found = glossaries.get(url);
  if (!found) {
    found = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json() as Promise<TermDefinitions>;
    });
    found.catch(() => glossaries.delete(url));
    glossaries.set(url, found);
  }
  return found;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

interface Popover {
  root: HTMLElement;
  title: HTMLElement;
  definition: HTMLElement;
  source: HTMLElement;
  entry: HTMLAnchorElement;
  section: HTMLAnchorElement;
  close: HTMLButtonElement;
}

let popover: Popover | undefined;
let opener: HTMLAnchorElement | undefined;

function create(): Popover {
  const words = popoverWords(document.documentElement.lang);
  const title = el('p', 'term-pop__title');
  title.id = `${ID}-title`;
  const close = el('button', 'term-pop__close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', words.close);
  const definition = el('p', 'term-pop__definition');
  definition.id = `${ID}-definition`;
  const source = el('p', 'term-pop__source');
  const entry = el('a', 'term-pop__entry', words.entry);
  const section = el('a', 'term-pop__section');
  const root = el(
    'div',
    'term-pop',
    el('div', 'term-pop__head', title, close),
    definition,
    source,
    el('p', 'term-pop__links', entry, section),
  );
  root.id = ID;
  root.popover = 'manual';
  root.tabIndex = -1;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', title.id);
  root.setAttribute('aria-describedby', definition.id);
  root.dataset['pagefindIgnore'] = '';

  close.addEventListener('click', () => hide(true));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && opener) {
      event.preventDefault();
      hide(true);
    }
  });
  // Light dismiss, by hand: the browser's own (popover="auto") would close on the press that lands on
  // the word, and the click that follows would open it again.
  const outside = (target: EventTarget | null) =>
    target instanceof Node && !root.contains(target) && !opener?.contains(target);
  document.addEventListener('pointerdown', (event) => {
    if (opener && outside(event.target)) hide(false);
  });
  document.addEventListener('focusin', (event) => {
    if (opener && outside(event.target)) hide(false);
  });
  window.addEventListener('resize', () => {
    if (opener) place(opener);
  });
  return { root, title, definition, source, entry, section, close };
}

function fill(parts: Popover, term: HTMLAnchorElement, found: TermDefinition): void {
  parts.title.textContent = found.term;
  parts.definition.replaceChildren(
    ...phonePieces(found.definition).map((piece) => {
      if (typeof piece === 'string') return piece;
      const call = el('a', '', piece.text);
      call.href = piece.href;
      return call;
    }),
  );
  const cited = el('a', '', found.source.title);
  cited.href = found.source.url;
  cited.rel = 'noopener noreferrer';
  const words = popoverWords(document.documentElement.lang);
  // Source titles stay as published (English), said so to screen readers on a page in another language.
  if (document.documentElement.lang !== 'en') cited.lang = 'en';
  parts.source.replaceChildren(words.source(found.source.publisher), cited, ` (${found.source.year}).`);
  parts.entry.href = term.getAttribute('href') ?? term.href;
  // Where the brief explains the term at length, unless the reader is already there.
  parts.section.textContent = words.moreIn(found.section.title) + (found.section.inEnglish ? words.inEnglish : '');
  parts.section.href = found.section.href;
  if (found.section.inEnglish) parts.section.hreflang = 'en';
  else parts.section.removeAttribute('hreflang');
  parts.section.hidden = new URL(found.section.href, location.href).pathname === location.pathname;
}

function place(term: HTMLAnchorElement): void {
  if (!popover) return;
  const { root } = popover;
  // The word may wrap across two lines: sit under the line the reader clicked first, the first one.
  const word = term.getClientRects()[0] ?? term.getBoundingClientRect();
  const view = {
    width: document.documentElement.clientWidth,
    height: window.innerHeight,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  };
  const where = placeBeside(word, { width: root.offsetWidth, height: root.offsetHeight }, view);
  root.style.top = `${where.top}px`;
  root.style.left = `${where.left}px`;
}

function hide(returnFocus: boolean): void {
  if (!popover || !opener) return;
  const term = opener;
  opener = undefined;
  term.setAttribute('aria-expanded', 'false');
  popover.root.hidePopover();
  if (returnFocus) term.focus();
}

/** Shows the definition of the term the link points at, or hides it if it is already showing. */
export async function toggleTerm(term: HTMLAnchorElement): Promise<void> {
  if (opener === term) return hide(true);
  const id = new URL(term.href).hash.slice(1);
  const [definitions] = await Promise.all([definitionsFor(term), linkStylesheet(STYLESHEET)]);
  const found = definitions[id];
  if (!found || typeof HTMLElement.prototype.showPopover !== 'function') {
    // An entry missing from the data (a stale cached file) or a browser without popovers: the link's own way.
    location.assign(term.href);
    return;
  }
  hide(false);
  popover ??= create();
  fill(popover, term, found);
  term.after(popover.root);
  term.setAttribute('aria-controls', ID);
  term.setAttribute('aria-expanded', 'true');
  opener = term;
  popover.root.showPopover();
  place(term);
  // A long definition under a word mid-screen on a small phone fits neither above nor below: bring the
  // whole of it on screen, scrolling no more than needed.
  popover.root.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  popover.root.focus({ preventScroll: true });
}
