// The names the site's own pages take in each language's addresses, in one place: the routes (src/lib/urls.ts),
// the pages of other languages (src/i18n/addresses.mjs) and the sitemap read them. Plain JavaScript, so
// astro.config.mjs and the scripts can import it too. A published name never changes (see "Links are forever").

/** The pages the site makes for every brief, by the name each takes after the brief's address. */
export const briefPageNamesIn = /** @type {const} */ ({
  en: {
    fullBrief: 'full-brief',
    figures: 'figures',
    guide: 'discussion-guide',
    glossary: 'glossary',
    timeline: 'timeline',
    corrections: 'corrections',
  },
  es: {
    fullBrief: 'informe-completo',
    figures: 'graficas',
    guide: 'guia-de-conversacion',
    glossary: 'glosario',
    timeline: 'cronologia',
    corrections: 'correcciones',
  },
});

/** Pages of the site itself, by the name each takes after the language's home. */
export const sitePageNamesIn = /** @type {const} */ ({
  en: { about: 'about', search: 'search' },
  es: { about: 'acerca-del-sitio', search: 'buscar' },
});

/**
 * A brief's companion pages (content/pages/<brief>/<name>.mdx) in each other language, by brief and English file
 * name. English keeps the file name; a translation (content/translations/<locale>/pages/<brief>/<name>.mdx, named
 * like the English file, as the about page's is) is published under the name given here.
 */
export const companionPageNamesIn = /** @type {Record<string, Record<string, Record<string, string>>>} */ ({
  es: {
    'human-trafficking': {
      'prosecution-record': 'historial-de-enjuiciamientos',
      'action-plans': 'planes-de-accion',
    },
  },
});
