// The quick exit's destination, as the page itself gives it: the tests follow whatever neutral site the page
// names rather than keeping their own copy of the address.
import type { Page } from '@playwright/test';

/** The address the page's "Exit this page" link (named so in the page's language) leaves for. */
export async function exitAddress(page: Page, name = 'Exit this page'): Promise<string> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  if (!href) throw new Error('the page has no "Exit this page" link with an address');
  return new URL(href, page.url()).href;
}

/** Answers the neutral site from here, so the tests never reach the network; returns its address. */
export async function answerExitLocally(page: Page, name?: string): Promise<string> {
  const address = await exitAddress(page, name);
  await page
    .context()
    .route(`${address}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' }),
    );
  return address;
}
