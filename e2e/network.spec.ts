import { test, expect } from './support/fixtures';
import { sitemapPaths } from './support/site';

// A reader may be watched: no page may ask another website for anything.
test('no page requests anything from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${request.url()} (from ${page.url()})`);
  });
  for (const path of sitemapPaths()) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
