// Progressive enhancement of figures (src/mdx/Figure.astro). Without it a figure is a complete, static SVG
// with its text alternative, a table and links. With it:
// - each bar can be reached from the keyboard (one Tab stop per chart, then the arrow keys, Home and End)
//   and names its label and value to screen readers;
// - hovering, tapping or focusing a bar shows a tooltip, which Escape dismisses (the tooltip stays while
//   the pointer is over the chart or the tooltip, as WCAG 1.4.13 asks);
// - a "Copy link" button copies the figure's address where the Clipboard API exists. Its messages are English
//   unless the page writes its own language's on the button (data-fig-copied, data-fig-failed: Figure.astro).
// No D3 here: everything was drawn at build time. The tooltip and the button are styled by enhance.css, built
// beside this bundle and linked when it first runs.
import { linkStylesheet } from '../stylesheet';
import { englishMessages } from './messages';

const STYLESHEET = new URL('figures.css', import.meta.url).href;

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -1e9, End: 1e9 };

function enhanceChart(chart: HTMLElement): void {
  const svg = chart.querySelector('svg');
  const marks = [...chart.querySelectorAll<SVGElement>('[data-value]')];
  if (!svg || marks.length === 0) return;
  // Children of role="img" are presentational and may not take focus, so the enhanced chart becomes a
  // named group of labelled marks. Its <title> moves into aria-label: the browser's own title tooltip
  // would otherwise cover ours.
  const title = svg.querySelector('title');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', title?.textContent ?? '');
  svg.removeAttribute('aria-labelledby');
  title?.remove();

  const tip = document.createElement('div');
  tip.className = 'figure__tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  chart.append(tip);

  let current = 0;
  let shown: SVGElement | undefined;
  const hide = () => {
    tip.hidden = true;
    shown?.classList.remove('is-active');
    shown = undefined;
  };
  const show = (mark: SVGElement) => {
    shown?.classList.remove('is-active');
    shown = mark;
    mark.classList.add('is-active');
    const label = document.createElement('b');
    label.textContent = mark.dataset['label'] ?? '';
    tip.replaceChildren(label, mark.dataset['value'] ?? '');
    tip.hidden = false;
    // Above the end of a horizontal bar or the top of a column, kept inside the chart; below if no room.
    const box = mark.getBoundingClientRect();
    const frame = chart.getBoundingClientRect();
    const x = (box.width > box.height ? box.right : box.left + box.width / 2) - frame.left;
    const left = Math.max(0, Math.min(x - tip.offsetWidth / 2, frame.width - tip.offsetWidth));
    const above = box.top - frame.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : box.bottom - frame.top + 8}px`;
  };

  marks.forEach((mark, index) => {
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', `${mark.dataset['label'] ?? ''}: ${mark.dataset['value'] ?? ''}`);
    mark.tabIndex = index === 0 ? 0 : -1;
    mark.addEventListener('focus', () => {
      marks[current]!.tabIndex = -1;
      mark.tabIndex = 0;
      current = index;
      show(mark);
    });
    mark.addEventListener('blur', hide);
    mark.addEventListener('pointerenter', () => show(mark));
  });
  // A touch "leaves" as soon as the finger lifts; a tapped bar keeps its tooltip until focus moves on.
  chart.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') hide();
  });
  chart.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return hide();
    const step = STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    marks[Math.max(0, Math.min(marks.length - 1, current + step))]!.focus();
  });
}

function enhanceCopy(button: HTMLButtonElement): void {
  if (!navigator.clipboard) return;
  const status = button.nextElementSibling;
  button.classList.add('figure__copy');
  button.hidden = false;
  button.addEventListener('click', () => {
    const url = new URL(`#${button.dataset['figCopy'] ?? ''}`, location.href).href;
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    navigator.clipboard.writeText(url).then(
      () => {
        say(button.dataset['figCopied'] ?? englishMessages.copied);
        window.setTimeout(() => say(''), 4000);
      },
      () => say(button.dataset['figFailed'] ?? englishMessages.failed),
    );
  });
}

/** Resolves once the charts are enhanced: after the stylesheet, so a tooltip is measured at its styled size. */
export async function enhanceFigures(doc: Document): Promise<void> {
  await linkStylesheet(STYLESHEET);
  for (const chart of doc.querySelectorAll<HTMLElement>('[data-fig-chart]')) enhanceChart(chart);
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-fig-copy]')) enhanceCopy(button);
}
