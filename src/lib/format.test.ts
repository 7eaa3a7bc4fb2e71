import { describe, expect, it } from 'vitest';
import { formatShort, formatValue, formatValueIn } from './format';

describe('formatValue', () => {
  it('groups thousands in plain counts', () => {
    expect(formatValue(10949, 'number')).toBe('10,949');
  });
  it('writes millions with one decimal and no trailing zero', () => {
    expect(formatValue(15.1, 'millions')).toBe('15.1 million');
    expect(formatValue(16, 'millions')).toBe('16 million');
  });
  it('writes dollars and billions of dollars', () => {
    expect(formatValue(150.2, 'usd-billions')).toBe('$150.2 billion');
    expect(formatValue(21800, 'usd')).toBe('$21,800');
  });
  it('writes percentages', () => {
    expect(formatValue(73, 'percent')).toBe('73%');
  });
  it('has short forms for axis ticks', () => {
    expect(formatShort(15.1, 'millions')).toBe('15.1M');
    expect(formatShort(236, 'usd-billions')).toBe('$236B');
  });
});

describe('formatValueIn', () => {
  it('keeps the English forms for English', () => {
    expect(formatValueIn('en', 15.1, 'millions')).toBe(formatValue(15.1, 'millions'));
  });
  it('writes numbers for Spanish readers in the United States (es-US)', () => {
    expect(formatValueIn('es', 10949, 'number')).toBe('10,949');
    expect(formatValueIn('es', 18, 'number')).toBe('18');
    expect(formatValueIn('es', 15.1, 'millions')).toBe('15.1 millones');
    expect(formatValueIn('es', 236, 'usd-billions')).toBe('236 mil millones de dólares');
    expect(formatValueIn('es', 73, 'percent')).toBe('73%');
  });
});
