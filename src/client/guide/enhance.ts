// Progressive enhancement of the discussion guide: copy and share links, choose tonight's questions
// (remembered in this browser only), print, and a one-question-at-a-time meeting view.
import { meetingView } from './meeting';
import { loadPicks, savePicks } from './picks';
import { fill, type GuideWords } from './words';

/** This page's address as the reader sees it, without query or fragment, then the fragment given. */
export function here(fragment = ''): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = fragment;
  return url.href;
}

export function enhanceGuide(doc: Document): void {
  const guide = doc.querySelector<HTMLElement>('[data-guide]');
  if (!guide) return;
  const brief = guide.dataset['guide'] ?? '';
  const words = JSON.parse(guide.dataset['guideWords'] ?? '{}') as GuideWords;
  const status = doc.querySelector<HTMLElement>('[data-guide-status]');
  for (const node of doc.querySelectorAll<HTMLElement>('[data-enhanced]')) node.hidden = false;

  // Copy link: the Clipboard API where it exists, otherwise the address is shown selected for copying.
  // The address is the one the reader is on, not the build's SITE_URL: a copy of the site served
  // anywhere (a preview, a mirror, a laptop at the meeting) hands out links that open where it is.
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    button.addEventListener('click', async () => {
      const url = here(button.dataset['copyLink'] ?? '');
      const note = button.parentElement?.querySelector<HTMLElement>('[data-copied]');
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(url);
        if (note) note.textContent = words.copied;
        if (status) status.textContent = words.copiedStatus;
        window.setTimeout(() => {
          if (note?.textContent === words.copied) note.textContent = '';
        }, 4000);
      } catch {
        if (!note) return;
        const field = doc.createElement('input');
        field.readOnly = true;
        field.value = url;
        field.setAttribute('aria-label', words.copyField);
        note.replaceChildren(field);
        field.focus();
        field.select();
        if (status) status.textContent = words.copySelect;
      }
    });
  }

  // Share the whole guide where the device offers a share sheet.
  const share = doc.querySelector<HTMLButtonElement>('[data-share]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      void navigator.share({ title: doc.title, url: here() }).catch(() => undefined);
    });
  }

  // Anchors are the same ids in every language, so the language switch keeps the question the reader is at
  // (its fragment, set by a shared link or by the meeting view).
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const url = new URL(link.href);
      url.hash = location.hash;
      link.href = url.href;
    });
  }

  doc.querySelector('[data-print]')?.addEventListener('click', () => window.print());

  // Tonight's questions.
  const picks = loadPicks(brief);
  const boxes = [...doc.querySelectorAll<HTMLInputElement>('[data-pick]')];
  const picked = doc.querySelector<HTMLElement>('[data-picked-status]');
  const refresh = () => {
    for (const box of boxes) box.closest('[data-question]')?.classList.toggle('is-picked', box.checked);
    const count = boxes.filter((box) => box.checked).length;
    doc.documentElement.classList.toggle('has-picks', count > 0);
    // Fewer questions leave room on two printed pages for larger type (sizes measured on Letter and A4).
    const size = count === 0 ? undefined : count <= 3 ? 'large' : count <= 8 ? 'medium' : undefined;
    if (size) doc.documentElement.dataset['printType'] = size;
    else delete doc.documentElement.dataset['printType'];
    if (picked) picked.textContent = count > 0 ? fill(count === 1 ? words.pickedOne : words.pickedMany, { count }) : '';
  };
  for (const box of boxes) {
    box.checked = picks.has(box.dataset['pick'] ?? '');
    box.addEventListener('change', () => {
      const id = box.dataset['pick'] ?? '';
      if (box.checked) picks.add(id);
      else picks.delete(id);
      savePicks(brief, picks);
      refresh();
    });
  }
  refresh();

  const dialog = doc.querySelector<HTMLDialogElement>('[data-meeting-dialog]');
  const open = doc.querySelector<HTMLButtonElement>('[data-meeting]');
  if (dialog && open) meetingView(doc, dialog, open, () => boxes.some((box) => box.checked), words);
}
