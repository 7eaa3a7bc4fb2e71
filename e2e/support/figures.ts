// What the figure tests expect, read from the content as the site reads it: which section shows which
// dataset (the <Figure> tags in its MDX) and the numbers of each data file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatValue } from '../../src/lib/format';
import type { Format } from '../../src/schemas/dataset';
import { figureTags } from '../../src/figures/tags';
import { briefs, type SectionInfo } from './site';

const root = new URL('../../', import.meta.url).pathname;

export interface DataFile {
  title: string;
  unit: string;
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
  const file = ['yml', 'yaml', 'json'].map((ext) => join(root, 'content/data', `${id}.${ext}`)).find((path) => existsSync(path));
  if (!file) throw new Error(`no data file for the figure "${id}" in content/data`);
  return parse(readFileSync(file, 'utf8')) as DataFile;
}

/** Every figure the sections show, in reading order, then those of the brief's companion pages. */
export function figures(): FigureInfo[] {
  return briefs().flatMap((brief) =>
    [...brief.sections.map((section) => ({ section, folder: 'sections' })), ...brief.pages.map((section) => ({ section, folder: 'pages' }))].flatMap(({ section, folder }) => {
      const text = readFileSync(join(root, 'content', folder, brief.id, `${section.slug}.mdx`), 'utf8');
      return figureTags(text.replace(/^---[\s\S]*?---/, '')).map((tag) => ({ id: tag.id, brief: brief.id, section, data: readDataFile(tag.id) }));
    }),
  );
}

/** A value as the table and the chart write it: the qualifier, then the formatted number. */
export function written(row: DataFile['rows'][number], column: DataFile['columns'][number]): string {
  const text = formatValue(row.values[column.key]!, row.format ?? column.format ?? 'number');
  return row.qualifier ? `${row.qualifier} ${text}` : text;
}

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
