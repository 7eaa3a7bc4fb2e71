import { test, expect } from './support/fixtures';
import { sitemapPaths } from './support/site';

// A reader may be watched: no page may ask another website for anything, even once scrolled to the end (charts
// load their script as they near the screen). One test per page, so the workers share them.
for (const path of sitemapPaths()) {
  test(`/${path} requests nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const pending = new Set<object>();
    page.on('request', (request) => {
      pending.add(request);
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    // The load state is already "networkidle": wait for what the scroll set off (observers fire on the next frames).
    await page.evaluate(
      () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
    );
    await expect.poll(() => pending.size, { message: 'requests still in flight after scrolling' }).toBe(0);
    expect(foreign).toEqual([]);
  });
}
