import { describe, expect, it } from 'vitest';
import { placeBeside } from './place';

const phone = { width: 375, height: 700, scrollX: 0, scrollY: 0 };
const size = { width: 300, height: 200 };

describe('placeBeside', () => {
  it('puts the popover just below the word, aligned with its left edge', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 40 }, size, phone)).toEqual({ top: 126, left: 40, above: false });
  });

  it('adds the scroll offset, so the popover stays with the text as the page scrolls', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 40 }, size, { ...phone, scrollY: 2000 })).toEqual({
      top: 2126,
      left: 40,
      above: false,
    });
  });

  it('pulls a popover back inside the screen when the word sits near the right edge', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 330 }, size, phone).left).toBe(375 - 8 - 300);
  });

  it('keeps the margin on the left when the popover is as wide as the screen allows', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 2 }, { width: 359, height: 200 }, phone).left).toBe(8);
  });

  it('goes above a word near the bottom of the screen when there is room above', () => {
    expect(placeBeside({ top: 600, bottom: 620, left: 40 }, size, phone)).toEqual({ top: 394, left: 40, above: true });
  });

  it('stays below when it fits neither above nor below: the reader scrolls to it', () => {
    expect(placeBeside({ top: 150, bottom: 170, left: 40 }, { width: 300, height: 600 }, phone)).toMatchObject({
      top: 176,
      above: false,
    });
  });
});
