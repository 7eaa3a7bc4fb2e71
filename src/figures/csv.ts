// A dataset as CSV, for readers who want the numbers in a spreadsheet. Values are the plain numbers of
// the data file (15.1, not "15.1 million"); the column headers say what they count.
import type { DatasetData } from '../schemas/dataset';
import { rowHeadingOf } from './figure';

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180), doubling inner quotes. */
export const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Header row: the label column, then one column per dataset column; a Qualifier or Note column only when
 * some row has one. CRLF line ends and a byte-order mark, so spreadsheet programs read the text as UTF-8.
 */
export function toCsv(data: DatasetData): string {
  const qualified = data.rows.some((row) => row.qualifier);
  const noted = data.rows.some((row) => row.note);
  const header = [
    rowHeadingOf(data),
    ...data.columns.map((column) => column.label),
    ...(qualified ? ['Qualifier'] : []),
    ...(noted ? ['Note'] : []),
  ];
  const rows = data.rows.map((row) => [
    row.label,
    ...data.columns.map((column) => row.values[column.key] ?? ''),
    ...(qualified ? [row.qualifier] : []),
    ...(noted ? [row.note] : []),
  ]);
  return `\uFEFF${[header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
