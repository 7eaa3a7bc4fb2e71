// Meeting view: one question at a time in large type for a shared screen; arrow keys move, Escape closes.
// It reads the questions through their data-* hooks (src/components/guide/Question.astro), never their classes,
// so restyling a question cannot empty the view.
import { fill, type GuideWords } from './words';
export function meetingView(
  doc: Document,
  dialog: HTMLDialogElement,
  opener: HTMLButtonElement,
  onlyPicked: () => boolean,
  words: GuideWords,
): void {
  const count = dialog.querySelector<HTMLElement>('[data-meeting-count]')!;
  const part = dialog.querySelector<HTMLElement>('[data-meeting-part]')!;
  const text = dialog.querySelector<HTMLElement>('[data-meeting-question]')!;
  const from = dialog.querySelector<HTMLElement>('[data-meeting-from]')!;
  let list: HTMLElement[] = [];
  let index = 0;
  let picked = false;

  const show = () => {
    const question = list[index];
    if (!question) return;
    // The question's own number, as printed and as linked from its section, then its place in tonight's list.
    const number = question.dataset['number'] ?? String(index + 1);
    count.textContent =
      fill(words.meetingCount, { number, index: index + 1, total: list.length }) + (picked ? words.meetingPicked : '');
    part.textContent = question.closest<HTMLElement>('[data-part]')?.dataset['part'] ?? '';
    text.textContent = question.querySelector('[data-question-text]')?.textContent ?? '';
    from.textContent = question.querySelector('[data-question-from]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    // aria-disabled, not disabled: a button that keeps focus at either end does not throw focus to the page.
    dialog.querySelector('[data-meeting-prev]')?.setAttribute('aria-disabled', String(index === 0));
    dialog.querySelector('[data-meeting-next]')?.setAttribute('aria-disabled', String(index === list.length - 1));
    history.replaceState(null, '', `#${question.id}`);
  };
  const move = (step: number) => {
    index = Math.max(0, Math.min(list.length - 1, index + step));
    show();
  };

  opener.addEventListener('click', () => {
    const all = [...doc.querySelectorAll<HTMLElement>('[data-question]')];
    picked = onlyPicked();
    list = picked ? all.filter((question) => question.querySelector<HTMLInputElement>('[data-pick]')?.checked) : all;
    // Start at the question the address points to, if it is in the list.
    index = Math.max(
      0,
      list.findIndex((question) => `#${question.id}` === location.hash),
    );
    show();
    dialog.showModal();
    text.focus();
  });
  dialog.querySelector('[data-meeting-close]')?.addEventListener('click', () => dialog.close());
  dialog.querySelector('[data-meeting-prev]')?.addEventListener('click', () => move(-1));
  dialog.querySelector('[data-meeting-next]')?.addEventListener('click', () => move(1));
  dialog.addEventListener('keydown', (event) => {
    if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key)) move(1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) move(-1);
    else if (event.key === 'Home') move(-list.length);
    else if (event.key === 'End') move(list.length);
    else return;
    event.preventDefault();
  });
}
