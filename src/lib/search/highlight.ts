// Marks the searched words on the page a result opened, using Pagefind's own highlighter.
import { base } from './base';
import { HIGHLIGHT_PARAM } from './engine';

export async function highlightFromUrl(): Promise<void> {
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
    default: new (options: { highlightParam: string; markContext?: string; addStyles?: boolean }) => unknown;
  };
  // Pagefind would add its colours in an inline <style>, which the Content-Security-Policy refuses;
  // global.css styles .pagefind-highlight instead.
  new module.default({ highlightParam: HIGHLIGHT_PARAM, markContext: '[data-pagefind-body]', addStyles: false });
}
