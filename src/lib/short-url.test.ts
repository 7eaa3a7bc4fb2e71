import { describe, expect, it } from 'vitest';
import { SHORT_URL_MAX, shortUrl } from './short-url';

describe('shortUrl', () => {
  it('drops the scheme, "www.", a trailing slash and a page extension', () => {
    expect(shortUrl('https://www.state.gov/reports/')).toBe('state.gov/reports');
    expect(shortUrl('https://www.ojp.gov/pdffiles1/nij/grants/1234.pdf')).toBe('ojp.gov/pdffiles1/nij/grants/1234.pdf');
    expect(shortUrl('https://example.org/about.html?x=1#top')).toBe('example.org/about');
  });

  it('keeps a bare host', () => {
    expect(shortUrl('https://humantraffickinghotline.org/')).toBe('humantraffickinghotline.org');
  });

  it('cuts a long address at a slash or hyphen, within the limit, marked with an ellipsis', () => {
    const long = 'https://www.state.gov/reports/2024-trafficking-in-persons-report/united-states/';
    const short = shortUrl(long);
    expect(short.length).toBeLessThanOrEqual(SHORT_URL_MAX);
    expect(short.endsWith('…')).toBe(true);
    expect(short.startsWith('state.gov/reports/2024-trafficking')).toBe(true);
    expect(short).not.toMatch(/[-/]…$/);
  });

  it('cuts a host-only overlong address anywhere rather than return nothing', () => {
    const host = `https://${'a'.repeat(60)}.org/`;
    expect(shortUrl(host)).toHaveLength(SHORT_URL_MAX);
  });
});
