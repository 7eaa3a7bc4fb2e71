// The names of link-preview images in each language, apart from the renderer (src/lib/preview-image.ts) so the
// head of every page can read them without loading it.

/**
 * The name of a preview image in a language: English keeps the published names ("site", "human-trafficking");
 * another language's image carries its code ("site-es").
 */
export const previewImageName = (locale: string, name: string) => (locale === 'en' ? name : `${name}-${locale}`);

/**
 * The preview a page in `locale` shows, from the English image's site path ("og/site.png" becomes
 * "og/site-es.png" on a Spanish page), so every page in another language links its own language's image.
 */
export const previewImageIn = (locale: string, image: string) =>
  image.replace(/^og\/(.+)\.png$/, (_whole, name: string) => `og/${previewImageName(locale, name)}.png`);
