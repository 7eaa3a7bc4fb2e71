// Quick exit: hides the page at once, then replaces it in history with a neutral site.
// Kept tiny and dependency-free: it ships on every page.

const PRESSES = 3;
const WINDOW_MS = 1000;

export function installQuickExit(doc: Document, win: Window): void {
  // The banner's link, and any repeated inside a full-screen view (the meeting view) that covers the banner.
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('[data-quick-exit]')];
  const link = links[0];
  if (!link) return;
  const leave = () => {
    // A modal dialog sits above everything, the cover included: close it so nothing stays on screen.
    for (const dialog of doc.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
    // So does a popover (a glossary term's definition). Some browsers throw for one already hidden, or
    // have no popovers at all: nothing may stop the exit.
    for (const popover of doc.querySelectorAll<HTMLElement>('[popover]')) {
      try {
        popover.hidePopover();
      } catch {
        // already hidden
      }
    }
    doc.querySelector<HTMLElement>('[data-quick-exit-cover]')?.removeAttribute('hidden');
    doc.title = 'Weather';
    // replace() rather than assign(): the page being left does not stay in the Back history.
    win.location.replace(link.href);
  };
  for (const each of links) {
    each.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
  }
  let presses: number[] = [];
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WINDOW_MS), now];
    if (presses.length >= PRESSES) leave();
  });
}
