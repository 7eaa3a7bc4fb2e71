// Marks the searched words on the page a result opened, using Pagefind's own highlighter (mark.js inside).
// The words never go into the address: a result link is a plain page#anchor, and the words travel in
// sessionStorage for the one page load that follows the click (see remember() and the reader in
// src/client/inline/on-demand.js), so neither the address bar, the history list nor a shared link carries them.
import { base } from './base';

/** sessionStorage key: { path, words } written on a result click, read and removed by the next page. */
export const HIGHLIGHT_KEY = 'search-highlight';

/** Punctuation that may touch a word and still leave it whole, for mark.js's "exactly" matching. */
const LIMITERS = [...',.;:!?()[]{}"\'’‘“”«»-–—/…⁠'];

interface Highlighter {
  new (options: {
    highlightParam: string;
    markContext?: string;
    addStyles?: boolean;
    markOptions?: Record<string, unknown>;
  }): { getHighlightParams(name: string): string[] };
}

/** Keep the words for the page the reader is about to open. Storage can be refused (private modes): then no marks. */
export function remember(path: string, words: readonly string[]): void {
  try {
    sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path, words }));
  } catch {
    // Highlighting is a convenience.
  }
}

/** Mark these whole words inside the page's indexed content. */
export async function highlightWords(words: readonly string[]): Promise<void> {
  if (words.length === 0) return;
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: Highlighter };
  // PagefindHighlight reads its words from the address; this one is handed them. Whole words only
  // ("exactly"), so a word is never marked inside a longer one.
  const Words = class extends module.default {
    override getHighlightParams() {
      return [...words];
    }
  };
  // Pagefind would add its colours in an inline <style>, which the Content-Security-Policy refuses;
  // global.css styles .pagefind-highlight instead.
  new Words({
    highlightParam: HIGHLIGHT_KEY,
    markContext: '[data-pagefind-body]',
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      accuracy: { value: 'exactly', limiters: LIMITERS },
    },
  });
}
