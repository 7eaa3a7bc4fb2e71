import { describe, expect, it } from 'vitest';
import { LoneShiftCounter } from './quick-exit';

const up = (key: string, timeStamp: number, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key,
  timeStamp,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});
const down = (key: string, repeat = false) => ({ key, repeat });

// Presses one key while Shift is held, the way a capital letter or Shift+Tab is typed.
function shifted(counter: LoneShiftCounter, key: string, at: number): boolean {
  counter.keydown(down('Shift'));
  counter.keydown(down(key));
  counter.keyup(up(key, at));
  return counter.keyup(up('Shift', at + 1));
}
function lone(counter: LoneShiftCounter, at: number): boolean {
  counter.keydown(down('Shift'));
  return counter.keyup(up('Shift', at));
}

describe('the quick exit counts lone Shift presses', () => {
  it('fires on the third lone Shift', () => {
    const counter = new LoneShiftCounter();
    expect([lone(counter, 0), lone(counter, 300), lone(counter, 600)]).toEqual([false, false, true]);
  });

  it('never fires for Shift used as a modifier', () => {
    const counter = new LoneShiftCounter();
    const fired = [0, 1, 2, 3, 4, 5].map((index) => shifted(counter, index % 2 ? 'Tab' : 'F', index * 100));
    expect(fired).not.toContain(true);
  });

  it('does not count a Shift released before the letter it capitalised', () => {
    const counter = new LoneShiftCounter();
    for (const at of [0, 200, 400]) {
      counter.keydown(down('Shift'));
      counter.keydown(down('B'));
      expect(counter.keyup(up('Shift', at))).toBe(false);
      counter.keyup(up('B', at + 1));
    }
  });

  it('starts over when another key comes between lone presses', () => {
    const counter = new LoneShiftCounter();
    lone(counter, 0);
    lone(counter, 100);
    counter.keydown(down('a'));
    counter.keyup(up('a', 150));
    expect(lone(counter, 200)).toBe(false);
  });

  it('starts over after more than 5 seconds between presses', () => {
    const counter = new LoneShiftCounter();
    lone(counter, 0);
    lone(counter, 1000);
    expect(lone(counter, 6100)).toBe(false);
    expect(lone(counter, 7000)).toBe(false);
    expect(lone(counter, 8000)).toBe(true);
  });

  it('ignores key repeat from a held Shift', () => {
    const counter = new LoneShiftCounter();
    counter.keydown(down('Shift'));
    counter.keydown(down('Shift', true));
    counter.keydown(down('Shift', true));
    expect(counter.keyup(up('Shift', 0))).toBe(false);
    lone(counter, 20);
    expect(lone(counter, 30)).toBe(true);
  });

  it('does not count Shift pressed while Control is held', () => {
    const counter = new LoneShiftCounter();
    const withControl = (at: number) => {
      counter.keydown(down('Shift'));
      return counter.keyup(up('Shift', at, { ctrlKey: true }));
    };
    expect([withControl(0), withControl(100), withControl(200)]).toEqual([false, false, false]);
  });
});
