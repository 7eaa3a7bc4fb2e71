// The header's search dialog, built on first use. A native <dialog> traps focus, closes on Escape
// and returns focus to the control that opened it.
import { mountSearch } from './ui';

let dialog: HTMLDialogElement | undefined;
let search: ReturnType<typeof mountSearch> | undefined;

export function openSearchDialog(): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', 'Search');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-dialog__close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog?.close());
    // The page behind a modal dialog is inert, so the way out is repeated inside it.
    const exit = document.createElement('a');
    exit.className = 'search-dialog__exit';
    exit.textContent = 'Exit this page';
    const original = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
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
