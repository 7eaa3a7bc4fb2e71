// Quick exit: hides the page at once, then replaces it in history with a neutral site.
// Kept tiny and dependency-free: it ships on every page.

const PRESSES = 3;
// Like GOV.UK's "Exit this page": each lone Shift must follow the last within 5 seconds.
const WINDOW_MS = 5000;
// What the exit clears from this browser's storage: the discussion guide's "Use tonight" picks.
const STORED_PREFIXES = ['guide-picks:'];

// Counts only a Shift pressed and released on its own, as GOV.UK's component does, so that a
// capital letter ("FBI"), Shift+Tab or a shortcut never counts. Any other key breaks the run.
export class LoneShiftCounter {
  private shiftDown = false;
  private alone = false;
  private count = 0;
  private last = -Infinity;

  keydown(event: Pick<KeyboardEvent, 'key' | 'repeat'>): void {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      this.shiftDown = true;
      this.alone = true;
      return;
    }
    this.alone = false;
    this.count = 0;
  }

  // Returns true when this release completes the run.
  keyup(event: Pick<KeyboardEvent, 'key' | 'timeStamp' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
    if (event.key !== 'Shift') return false;
    const lone = this.shiftDown && this.alone && !event.ctrlKey && !event.altKey && !event.metaKey;
    this.shiftDown = false;
    this.alone = false;
    if (!lone) {
      this.count = 0;
      return false;
    }
    if (event.timeStamp - this.last > WINDOW_MS) this.count = 0;
    this.last = event.timeStamp;
    this.count += 1;
    if (this.count < PRESSES) return false;
    this.count = 0;
    return true;
  }

  // A Shift held while the window loses focus may be released elsewhere: start over.
  reset(): void {
    this.shiftDown = false;
    this.alone = false;
    this.count = 0;
  }
}

function forgetStored(win: Window): void {
  try {
    const storage = win.localStorage;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
    for (const name of keys) if (STORED_PREFIXES.some((prefix) => name.startsWith(prefix))) storage.removeItem(name);
  } catch {
    // Storage refused (a private mode): there is nothing stored to clear.
  }
}

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
    forgetStored(win);
    // replace() rather than assign(): the page being left does not stay in the Back history.
    win.location.replace(link.href);
  };
  for (const each of links) {
    each.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
  }
  const counter = new LoneShiftCounter();
  // Capture phase: a field that stops its own key events (the search box) still counts.
  doc.addEventListener('keydown', (event) => counter.keydown(event), true);
  doc.addEventListener(
    'keyup',
    (event) => {
      if (counter.keyup(event)) leave();
    },
    true,
  );
  win.addEventListener('blur', () => counter.reset());
}
