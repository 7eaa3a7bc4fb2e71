// What the figure tests expect, read from the content files and written out here, not by the site's code: which
// section shows which dataset (the <Figure> tags in its MDX), the numbers of each data file, and how a reader
// should see them written. The site formats with d3-format (src/lib/format.ts); the expectations use the
// browser's Intl, so a formatting bug cannot agree with itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// Only the list of format names: a new format fails to type-check below until the tests know how to write it.
import type { Format } from '../../src/schemas/dataset';
import { briefs, type SectionInfo } from './site';

const root = new URL('../../', import.meta.url).pathname;

export interface DataFile {
  title: string;
  /** The headline the figure shows above its chart. */
  takeaway: string;
  unit: string;
  notes?: string[];
  columns: { key: string; label: string; format?: Format }[];
  rows: { key: string; label: string; values: Record<string, number>; format?: Format; qualifier?: string }[];
  sources: { url: string }[];
  period: string;
  /** "YYYY-MM-DD", as written in the file. */
  checked: string;
  latest?: number;
  stale?: string;
}

export interface FigureInfo {
  id: string;
  brief: string;
  section: SectionInfo;
  data: DataFile;
}

export function readDataFile(id: string): DataFile {
  const file = ['yml', 'yaml', 'json']
    .map((ext) => join(root, 'content/data', `${id}.${ext}`))
    .find((path) => existsSync(path));
  if (!file) throw new Error(`no data file for the figure "${id}" in content/data`);
  return parse(readFileSync(file, 'utf8')) as DataFile;
}

/** Every figure the sections show, in reading order, then those of the brief's companion pages. */
export function figures(): FigureInfo[] {
  return briefs().flatMap((brief) =>
    [
      ...brief.sections.map((section) => ({ section, folder: 'sections' })),
      ...brief.pages.map((section) => ({ section, folder: 'pages' })),
    ].flatMap(({ section, folder }) => {
      const text = readFileSync(join(root, 'content', folder, brief.id, `${section.slug}.mdx`), 'utf8');
      return figureIds(text.replace(/^---[\s\S]*?---/, '')).map((id) => ({
        id,
        brief: brief.id,
        section,
        data: readDataFile(id),
      }));
    }),
  );
}

/** The dataset ids of the `<Figure id="…" />` tags an MDX body writes, in reading order, comments left out. */
export const figureIds = (body: string) =>
  [...body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').matchAll(/<Figure\b[^>]*?\bid=["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );

// What the README promises readers: thousands grouped, at most one decimal (none for dollars), no trailing zero.
const upTo = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
const expectedNumber: Record<Format, (value: number) => string> = {
  number: (value) => upTo(1).format(value),
  millions: (value) => `${upTo(1).format(value)} million`,
  usd: (value) => `$${upTo(0).format(value)}`,
  'usd-billions': (value) => `$${upTo(1).format(value)} billion`,
  percent: (value) => `${upTo(1).format(value)}%`,
};

/** A value as the table and the chart should write it: the qualifier, then the number in its format. */
export function written(row: DataFile['rows'][number], column: DataFile['columns'][number]): string {
  const text = expectedNumber[row.format ?? column.format ?? 'number'](row.values[column.key]!);
  return row.qualifier ? `${row.qualifier} ${text}` : text;
}

/**
 * The newest year a figure should claim: `latest` when the file gives it, else the largest year its period or row
 * labels name ("2015–16" and "FY2015–16" name 2016; a period to "present" names the year of the check).
 */
export function expectedNewestYear(data: DataFile): number {
  if (data.latest !== undefined) return data.latest;
  const texts = [data.period, ...data.rows.map((row) => row.label)];
  const years = texts.flatMap((text) => [
    ...[...text.matchAll(/(?<!\d)(?:18|19|20)\d\d(?!\d)/g)].map((match) => Number(match[0])),
    ...[...text.matchAll(/(?<!\d)(18|19|20)\d\d[–-](\d\d)(?!\d)/g)].map((match) => Number(`${match[1]}${match[2]}`)),
  ]);
  if (/present/i.test(data.period)) years.push(Number(data.checked.slice(0, 4)));
  return Math.max(...years);
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "December 2026" for "2026-12-01": the month of the check, as the figure should print it. */
export const expectedCheckedMonth = (checked: string) =>
  `${monthNames[Number(checked.slice(5, 7)) - 1]} ${checked.slice(0, 4)}`;

/** A CSV file as rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && input[i + 1] === '\n')) {
      if (char === '\r') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}

// Spanish figures: the words of content/translations/es/data/<id>.yml with the English file's numbers, written for
// Spanish readers in the United States with the browser's Intl (es-US), not with the site's formatter.

export interface SpanishWords {
  title: string;
  takeaway: string;
  unit: string;
  period: string;
  columns: Record<string, string>;
  rows: Record<string, string>;
  notes?: string[];
  stale?: string;
}

export function readSpanishWords(id: string): SpanishWords {
  const file = join(root, 'content/translations/es/data', `${id}.yml`);
  if (!existsSync(file)) throw new Error(`no Spanish words for the figure "${id}" in content/translations/es/data`);
  return parse(readFileSync(file, 'utf8')) as SpanishWords;
}

const upToEs = (digits: number) => new Intl.NumberFormat('es-US', { maximumFractionDigits: digits });
const expectedNumberEs: Record<Format, (value: number) => string> = {
  number: (value) => upToEs(1).format(value),
  millions: (value) => `${upToEs(1).format(value)} millones`,
  usd: (value) =>
    new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value),
  'usd-billions': (value) => `${upToEs(1).format(value)} mil millones de dólares`,
  percent: (value) =>
    new Intl.NumberFormat('es-US', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100),
};
/** The qualifiers a source gives, as the Spanish figures say them. */
const qualifierEs: Record<string, string> = {
  about: 'cerca de',
  'more than': 'más de',
  almost: 'casi',
  'at least': 'al menos',
};

/** A value as a Spanish figure should write it: the qualifier in Spanish, then the number for es-US readers. */
export function writtenEs(row: DataFile['rows'][number], column: DataFile['columns'][number]): string {
  const text = expectedNumberEs[row.format ?? column.format ?? 'number'](row.values[column.key]!);
  return row.qualifier ? `${qualifierEs[row.qualifier]} ${text}` : text;
}

/** "diciembre de 2026" for "2026-12-01", with Intl's es-US month. */
export const expectedCheckedMonthEs = (checked: string) =>
  new Intl.DateTimeFormat('es-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${checked}T00:00:00Z`),
  );
