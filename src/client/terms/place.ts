// Where a popover goes beside the word that opened it. Pure, so it is unit-tested without a browser.

export interface Rect {
  top: number;
  bottom: number;
  left: number;
}

export interface Placement {
  /** Page coordinates (the viewport's plus the scroll offset): the popover scrolls with the text. */
  top: number;
  left: number;
  /** Above the word rather than below it. */
  above: boolean;
}

/**
 * Below the word when the popover fits on screen there, above when it fits only there, otherwise below
 * (the reader scrolls). Left-aligned with the word, pulled in so it never leaves the screen sideways.
 * `word` is in viewport coordinates; `size` is the popover's; `view` the viewport's size and scroll.
 */
export function placeBeside(
  word: Rect,
  size: { width: number; height: number },
  view: { width: number; height: number; scrollX: number; scrollY: number },
  gap = 6,
  margin = 8,
): Placement {
  const fitsBelow = word.bottom + gap + size.height <= view.height - margin;
  const fitsAbove = word.top - gap - size.height >= margin;
  const above = !fitsBelow && fitsAbove;
  const top = above ? word.top - gap - size.height : word.bottom + gap;
  const left = Math.max(margin, Math.min(word.left, view.width - margin - size.width));
  return { top: Math.round(top + view.scrollY), left: Math.round(left + view.scrollX), above };
}
