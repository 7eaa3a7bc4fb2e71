import { describe, expect, it } from 'vitest';
import { keypadDigits } from './help-lines';

describe('keypadDigits', () => {
  it('reads a number written in letters as a phone keypad does', () => {
    expect(keypadDigits('1-877-4-HSI-TIP')).toBe('18774474847');
  });
  it('keeps the digits of a plain number and drops its punctuation', () => {
    expect(keypadDigits('1-888-373-7888')).toBe('18883737888');
    expect(keypadDigits('(866) 487-9243')).toBe('8664879243');
  });
});
