import { withTrailingSlash } from '../../lib/base-path.mjs';

/** The site's base path with a trailing slash; the search bundle is built with it defined. */
export const base = withTrailingSlash(import.meta.env.BASE_URL);
