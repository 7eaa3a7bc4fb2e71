/** The site's base path with a trailing slash; the search bundle is built with it defined. */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
