// npm run data:report: every dataset's newest year, when it was checked and how old its newest figure is
// today, oldest first, so whoever updates the brief starts with the series most in need of a newer edition.
// A tool for people, not a test: the schema already refuses an old dataset that does not say why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ageInYears, isStale, newestYear, type DatedData } from '../src/lib/dataset-age.ts';

const dir = new URL('../content/data/', import.meta.url).pathname;
const today = new Date();

interface Entry {
  id: string;
  newest: number | undefined;
  checked: string;
  age: number | undefined;
  stale: boolean;
  note: string;
}

const entries: Entry[] = readdirSync(dir)
  .filter((file) => /\.(ya?ml|json)$/.test(file))
  .map((file) => {
    const id = file.replace(/\.(ya?ml|json)$/, '');
    const data = parse(readFileSync(join(dir, file), 'utf8')) as DatedData & { checked?: string; stale?: string };
    const checked = String(data.checked ?? '');
    const date = new Date(`${checked}T00:00:00Z`);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(checked) && !Number.isNaN(date.getTime());
    const newest = valid ? newestYear(data, date) : undefined;
    const age = newest !== undefined ? ageInYears(newest, today) : undefined;
    return {
      id,
      newest,
      checked: valid ? checked : '(not checked)',
      age,
      stale: valid && newest !== undefined && isStale(newest, date),
      note: data.stale ?? '',
    };
  })
  // Oldest newest-figure first; a dataset without a date or a year comes first of all, as it needs a look.
  .sort(
    (a, b) =>
      (a.newest ?? -Infinity) - (b.newest ?? -Infinity) ||
      a.checked.localeCompare(b.checked) ||
      a.id.localeCompare(b.id),
  );

const width = Math.max(...entries.map((entry) => entry.id.length), 'dataset'.length);
const line = (id: string, newest: string, checked: string, age: string, flag: string) =>
  `${id.padEnd(width)}  ${newest.padStart(6)}  ${checked.padEnd(13)}  ${age.padStart(3)}  ${flag}`.trimEnd();
console.log(line('dataset', 'newest', 'checked', 'age', ''));
for (const entry of entries) {
  const flag = entry.stale ? `more than five years old when checked: ${entry.note || 'NO REASON GIVEN'}` : '';
  console.log(
    line(
      entry.id,
      entry.newest === undefined ? '?' : String(entry.newest),
      entry.checked,
      entry.age === undefined ? '?' : String(entry.age),
      flag,
    ),
  );
}
console.log(`\n${entries.length} datasets; age is in whole years from the newest figure to ${today.getUTCFullYear()}.`);
