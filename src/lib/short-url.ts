// The short form of an address printed in a source list: host without "www." and the path, cut to a
// length that fits one line of a printed column. The link itself keeps the full address.
export const SHORT_URL_MAX = 48;

export function shortUrl(url: string, max = SHORT_URL_MAX): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  const path = decodeURI(parsed.pathname)
    .replace(/\/$/, '')
    .replace(/\.(html?|aspx?|php)$/i, '');
  const full = `${host}${path}`;
  if (full.length <= max) return full;
  // Cut at a slash or hyphen where one falls near the end, so the form stays recognisable.
  const room = max - 1;
  const cut = full.slice(0, room);
  const breakAt = Math.max(cut.lastIndexOf('/'), cut.lastIndexOf('-'));
  return `${breakAt > host.length ? cut.slice(0, breakAt) : cut}…`;
}
