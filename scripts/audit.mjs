// npm run audit: Lighthouse in mobile mode over the pages readers use most, against the built site.
// Prints the four category scores and LCP, TBT and CLS. Target: 100 in every category.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, serve } from './serve.mjs';
import { chromiumArgs } from '../e2e/support/browser.mjs';

const pages = [
  '',
  'human-trafficking/section-230/',
  'human-trafficking/figures/',
  'human-trafficking/discussion-guide/',
];
const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows = [];
try {
  for (const page of pages) {
    const url = server.url + page;
    const probe = await fetch(url);
    if (!probe.ok) {
      rows.push({ page: `/${page}`, note: `skipped (${probe.status})` });
      continue;
    }
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({
      page: `/${page}`,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      'LCP ms': Math.round(audit('largest-contentful-paint')),
      'TBT ms': Math.round(audit('total-blocking-time')),
      CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
    });
  }
} finally {
  await chrome.kill();
  server.stop();
}
console.table(rows);
