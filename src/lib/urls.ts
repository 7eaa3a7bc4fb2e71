// Every internal link goes through these helpers so the site works under any base path.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Turns a site path like "human-trafficking/history/" into a link that honours the base path. */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** Absolute URL for canonical links, previews and the sitemap. */
export function absolute(path = ''): string {
  const site = import.meta.env.SITE ?? 'http://localhost:4321';
  return new URL(href(path), site).toString();
}

export const briefPath = (brief: string) => `${brief}/`;
export const sectionPath = (brief: string, section: string) => `${brief}/${section}/`;
export const fullBriefPath = (brief: string) => `${brief}/full-brief/`;
