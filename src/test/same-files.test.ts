// Prose and charts read the same files: a number a chart draws must live only in that chart's data file, so
// a <Stat> quoting it reads the chart's file and the two cannot drift apart when one edition replaces another.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { figureTags } from '../figures/tags';
import { yearsIn } from '../lib/dataset-age';

const content = new URL('../../content/', import.meta.url).pathname;

interface Row {
  key: string;
  label: string;
  values: Record<string, number>;
  format?: string;
}
interface Data {
  period: string;
  columns: { key: string; format?: string }[];
  rows: Row[];
}

const datasets = new Map(
  readdirSync(join(content, 'data'))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => [file.replace(/\.yml$/, ''), parse(readFileSync(join(content, 'data', file), 'utf8')) as Data]),
);
const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
  );
const documents = [...mdxFiles(join(content, 'sections')), ...mdxFiles(join(content, 'pages'))].map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));
const charted = new Set(
  documents.flatMap(({ text }) => figureTags(text.replace(/^---[\s\S]*?---/, '')).map((tag) => tag.id)),
);

/** Every value of a dataset with what identifies it: the written format and the years its row and period name. */
const cells = (id: string, data: Data) =>
  data.rows.flatMap((row) =>
    data.columns.map((column) => ({
      where: `content/data/${id}.yml rows.${row.key}.${column.key}`,
      value: row.values[column.key],
      format: row.format ?? column.format ?? 'number',
      years: new Set([...yearsIn(row.label), ...yearsIn(data.period)]),
    })),
  );

describe('prose and charts read the same files', () => {
  it('finds the charts and the <Stat> tags it checks', () => {
    expect(charted.size).toBeGreaterThan(10);
    expect(documents.some(({ text }) => text.includes('<Stat data="hotline-cases-by-year"'))).toBe(true);
  });

  it('no other data file repeats a value a chart draws for the same year', () => {
    const repeats: string[] = [];
    for (const id of charted) {
      const chart = cells(id, datasets.get(id)!);
      for (const [otherId, other] of datasets) {
        if (otherId === id) continue;
        for (const cell of cells(otherId, other)) {
          const twin = chart.find(
            (drawn) =>
              drawn.value === cell.value &&
              drawn.format === cell.format &&
              [...drawn.years].some((year) => cell.years.has(year)),
          );
          if (twin)
            repeats.push(
              `${cell.where} repeats ${cell.value} from ${twin.where}: quote the chart's file with <Stat data="${id}"> instead`,
            );
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it('every <Stat> names a row and column of its data file', () => {
    const missing: string[] = [];
    for (const { file, text } of documents) {
      for (const match of text.matchAll(/<Stat\b([^>]*?)\/>/g)) {
        const attribute = (name: string) => match[1]!.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
        const data = datasets.get(attribute('data') ?? '');
        const row = data?.rows.find((candidate) => candidate.key === attribute('row'));
        const column = attribute('col') ?? data?.columns[0]?.key;
        if (!row || column === undefined || !(column in row.values)) missing.push(`${file}: ${match[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
