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
