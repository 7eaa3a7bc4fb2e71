// The header's search dialog, built on first use. A native <dialog> traps focus, closes on Escape
// and returns focus to the control that opened it.
import { mountSearch } from './ui';
import { pageLang } from './base';
import { searchWordsFor } from '../../i18n/search-words';

let dialog: HTMLDialogElement | undefined;
let search: ReturnType<typeof mountSearch> | undefined;

export function openSearchDialog(): void {
  if (!dialog) {
    const say = searchWordsFor(pageLang());
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', say('search.title'));
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-dialog__close';
    close.textContent = say('search.close');
    close.addEventListener('click', () => dialog?.close());
    // The page behind a modal dialog is inert, so the way out is repeated inside it.
    const exit = document.createElement('a');
    exit.className = 'search-dialog__exit';
    const original = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
    // The page's own exit button says it in the page's language.
    exit.textContent = original?.textContent?.trim() || 'Exit this page';
    exit.href = original?.href ?? '#';
    exit.addEventListener('click', (event) => {
      event.preventDefault();
      original?.click();
    });
    const body = document.createElement('div');
    body.className = 'search';
    dialog.append(exit, close, body);
    // A click on the backdrop (outside the box) closes, as readers expect of an overlay.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
    search = mountSearch(body, { onFollowHere: () => dialog?.close() });
  }
  if (!dialog.open) dialog.showModal();
  search?.focus();
}
