import { withTrailingSlash } from '../../lib/base-path.mjs';

/** The site's base path with a trailing slash; the search bundle is built with it defined. */
export const base = withTrailingSlash(import.meta.env.BASE_URL);

/** The language of the page search opens on: it picks the index (Pagefind reads the same attribute), the words and the synonyms. */
export const pageLang = (): 'en' | 'es' =>
  typeof document !== 'undefined' && document.documentElement.lang === 'es' ? 'es' : 'en';

/** Where a language's pages live: "" for English at the root, "es/" for Spanish. */
export const langPrefix = (lang: 'en' | 'es') => (lang === 'en' ? '' : `${lang}/`);
