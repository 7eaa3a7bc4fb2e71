import { format as d3format } from 'd3-format';
import type { Format } from '../schemas/dataset';

const grouped = d3format(',');
const trimmed = (value: number, digits: number) => grouped(Number(value.toFixed(digits)));

/** Writes a number the way the brief's readers expect: "10,949", "15.1 million", "$236 billion", "73%". */
export function formatValue(value: number, format: Format): string {
  switch (format) {
    case 'number':
      return trimmed(value, 1);
    case 'millions':
      return `${trimmed(value, 1)} million`;
    case 'usd':
      return `$${trimmed(value, 0)}`;
    case 'usd-billions':
      return `$${trimmed(value, 1)} billion`;
    case 'percent':
      return `${trimmed(value, 1)}%`;
  }
}

/** Short form for axis ticks and tight labels. */
export function formatShort(value: number, format: Format): string {
  switch (format) {
    case 'millions':
      return `${trimmed(value, 1)}M`;
    case 'usd-billions':
      return `$${trimmed(value, 1)}B`;
    default:
      return formatValue(value, format);
  }
}

/**
 * The value for the page's language. Spanish follows Intl's conventions for Spanish readers in the United
 * States (es-US: "10,949", "15.1 millones", "$236", "236 mil millones de dólares", "73%"); English keeps formatValue.
 */
export function formatValueIn(locale: 'en' | 'es', value: number, format: Format): string {
  if (locale === 'en') return formatValue(value, format);
  const number = (digits: number) =>
    new Intl.NumberFormat('es-US', { maximumFractionDigits: digits }).format(Number(value.toFixed(digits)));
  switch (format) {
    case 'number':
      return number(1);
    case 'millions':
      return `${number(1)} millones`;
    case 'usd':
      return new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
        value,
      );
    case 'usd-billions':
      return `${number(1)} mil millones de dólares`;
    case 'percent':
      return new Intl.NumberFormat('es-US', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  }
}
