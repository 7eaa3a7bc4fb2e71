// npm run i18n:status: every English section and discussion guide in every other language of the site, missing, up to date or
// stale (its English file changed since the translation recorded its revision). For stale ones it prints the
// revision to record once the translation is brought up to date. A tool for translators: the build warns
// about stale translations too, and fails on none of these states.
import { siteLocales } from '../src/i18n/addresses.mjs';
import { statusOf } from '../src/i18n/status.ts';

const contentDir = new URL('../content/', import.meta.url).pathname;
const others = siteLocales.filter((locale) => locale !== 'en');
const rows = statusOf(contentDir, others);

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
}
