// The base path the site lives under ("/", "/briefs/"), always with one trailing slash: BASE_PATH and
// Astro's BASE_URL may come with or without it, and every address is the base followed by a site path
// that has no leading slash. Plain JavaScript, so astro.config.mjs, the integrations, the Playwright
// config and the scripts can import it as well as the pages.

/** "/briefs" and "/briefs/" both become "/briefs/". @param {string} base */
export const withTrailingSlash = (base) => base.replace(/\/?$/, '/');

/** The base path a build or a test run was given in BASE_PATH (default "/"). */
export const basePathFromEnv = () => withTrailingSlash(process.env.BASE_PATH ?? '/');
