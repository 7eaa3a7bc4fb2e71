// npm run i18n:status: every English section and discussion guide in every other language of the site, missing, up to date or
// stale (its English file changed since the translation recorded its revision). For stale ones it prints the
// revision to record once the translation is brought up to date. A tool for translators: the build warns
// about stale translations too, and fails on none of these states. After the sections, the same for datasets:
// the words of each data file (content/translations/<locale>/data/), which figures and numbers in prose read.
import { siteLocales } from '../src/i18n/addresses.mjs';
import { datasetStatusOf, otherStatusOf, referenceStatusOf, statusOf } from '../src/i18n/status.ts';

const contentDir = new URL('../content/', import.meta.url).pathname;
const others = siteLocales.filter((locale) => locale !== 'en');
const rows = statusOf(contentDir, others);
const otherRows = otherStatusOf(contentDir, others);
const references = referenceStatusOf(contentDir, others);

for (const locale of others) {
  console.log(`\n${locale}:`);
  for (const row of rows.filter((each) => each.locale === locale)) {
    const name = (row.kind === 'guide' ? `guides/${row.section}.yml` : `${row.brief}/${row.section}`).padEnd(52);
    const file = row.kind === 'guide' ? `guides/${row.translation}.yml` : `${row.translation}.mdx`;
    const detail =
      row.state === 'missing'
        ? `(revision to record: ${row.current})`
        : row.state === 'stale'
          ? `${file} records ${row.recorded}; the English file is now ${row.current}`
          : file;
    console.log(`  ${name} ${row.state.padEnd(10)} ${detail}`);
  }
  const count = (state: string) => rows.filter((row) => row.locale === locale && row.state === state).length;
  console.log(`  ${count('up to date')} up to date, ${count('stale')} stale, ${count('missing')} missing`);
  // The site's pages and the briefs' own words, after the sections, in the same columns.
  const own = otherRows.filter((row) => row.locale === locale);
  console.log(`\n${locale}, pages of the site, companion pages and briefs' own words:`);
  for (const row of own) {
    const detail =
      row.state === 'missing'
        ? `(revision to record: ${row.current})`
        : row.state === 'stale'
          ? `${row.translation} records ${row.recorded}; the English file is now ${row.current}`
          : row.translation;
    console.log(`  ${row.file.padEnd(52)} ${row.state.padEnd(10)} ${detail}`);
  }
  const counted = (state: string) => own.filter((row) => row.state === state).length;
  console.log(`  ${counted('up to date')} up to date, ${counted('stale')} stale, ${counted('missing')} missing`);
}

// The glossary, the timeline and the corrections record, each translated as one file per brief, after the sections.
for (const locale of others) {
  console.log(`\n${locale}, glossary, timeline and corrections:`);
  for (const row of references.filter((each) => each.locale === locale)) {
    const name = `${row.kind}/${row.original}`.padEnd(52);
    const detail =
      row.state === 'missing'
        ? `(revision to record: ${row.current})`
        : row.state === 'stale'
          ? `${row.kind}/${row.translation}.yml records ${row.recorded}; the English file is now ${row.current}`
          : `${row.kind}/${row.translation}.yml`;
    console.log(`  ${name} ${row.state.padEnd(10)} ${detail}`);
  }
  const count = (state: string) => references.filter((row) => row.locale === locale && row.state === state).length;
  console.log(`  ${count('up to date')} up to date, ${count('stale')} stale, ${count('missing')} missing`);
}

// Datasets: a figure or a <Stat> on a page in another language reads the English numbers with these words.
const datasetRows = datasetStatusOf(contentDir, others);
for (const locale of others) {
  console.log(`\n${locale} datasets (content/translations/${locale}/data/):`);
  for (const row of datasetRows.filter((each) => each.locale === locale)) {
    const detail =
      row.state === 'missing'
        ? `(revision to record: ${row.current})`
        : row.state === 'stale'
          ? `${row.dataset}.yml records ${row.recorded}; the English file is now ${row.current}`
          : `${row.dataset}.yml`;
    console.log(`  ${row.dataset.padEnd(52)} ${row.state.padEnd(10)} ${detail}`);
  }
  const count = (state: string) => datasetRows.filter((row) => row.locale === locale && row.state === state).length;
  console.log(`  ${count('up to date')} up to date, ${count('stale')} stale, ${count('missing')} missing`);
}
