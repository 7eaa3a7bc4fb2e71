// Quick exit: hides the page at once, then replaces it in history with a neutral site.
// Kept tiny and dependency-free: it ships on every page.

const PRESSES = 3;
const WINDOW_MS = 1000;

export function installQuickExit(doc: Document, win: Window): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!link) return;
  const leave = () => {
    doc.querySelector<HTMLElement>('[data-quick-exit-cover]')?.removeAttribute('hidden');
    doc.title = 'Weather';
    // replace() rather than assign(): the page being left does not stay in the Back history.
    win.location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let presses: number[] = [];
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WINDOW_MS), now];
    if (presses.length >= PRESSES) leave();
  });
}
