// Links are forever: when a published page moves, its old address is listed here and
// Astro writes a redirect page for it. Keys are old paths (without the base), values new ones.
/** @type {Record<string, string>} */
export const redirects = {};
