// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { redirects } from './src/lib/redirects.mjs';
import securityHeaders from './src/integrations/security-headers.mjs';
import onDemandBundles from './src/integrations/on-demand-bundles.mjs';
import pagefind from './src/integrations/pagefind.mjs';
import { inlineScriptHashes } from './src/lib/inline-scripts/scripts.mjs';
import { basePathFromEnv } from './src/lib/base-path.mjs';
import { counterpartSets, siteLocales } from './src/i18n/addresses.mjs';

// The same build must deploy at a domain root or under a sub-path (GitHub Pages style),
// so the public address and the base path come from the environment.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Canonical links, previews, the sitemap and the printed guide's QR code carry this address, so a build
// for deployment without it would publish localhost everywhere. Refuse, unless the build says it is
// local on purpose (npm start and npm test set ALLOW_LOCAL_SITE=1).
if (!process.env.SITE_URL && process.argv.includes('build')) {
  if (process.env.ALLOW_LOCAL_SITE !== '1') {
    throw new Error(
      'SITE_URL is not set. Set it to the public address before a build for deployment, e.g. SITE_URL=https://example.org npm run build; ' +
        `for a local or preview build, set ALLOW_LOCAL_SITE=1 (canonical links, previews, the sitemap and the guide's QR code will then point at ${site}).`,
    );
  }
  console.warn(
    `ALLOW_LOCAL_SITE=1: a local build; canonical links, link previews, the sitemap and the guide's QR code point at ${site}. Do not deploy it.`,
  );
}
const base = basePathFromEnv();
const contentDir = process.env.CONTENT_DIR ?? './content';
// Pages that exist in more than one language, as absolute addresses by language, for the sitemap. Astro's
// sitemap pairs pages whose addresses differ only by the language prefix (the home pages); a translated
// section has a Spanish slug, so its pair is added here from the same list the pages' hreflang links use.
/** @param {string} sitePath */
const absoluteUrl = (sitePath) => new URL(base + sitePath, site).href;
/** @type {Record<string, string>} */
const sitemapLanguages = { en: 'en-US', es: 'es-US' };
/** @type {Map<string, { url: string, lang: string }[]>} */
const alternates = new Map(
  counterpartSets(contentDir).flatMap((set) => {
    const links = Object.entries(set).map(([locale, path]) => ({
      url: absoluteUrl(path),
      lang: sitemapLanguages[locale] ?? locale,
    }));
    return links.map((link) => /** @type {const} */ ([link.url, links]));
  }),
);

export default defineConfig({
  // A separate cache lets the content-error tests build fixtures without touching the main build's cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  redirects,
  // English at the root, exactly where it always was; Spanish under /es/ with Spanish slugs (src/i18n/).
  i18n: { locales: [...siteLocales], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // A Content-Security-Policy on every page: scripts only from this origin or hashed by Astro, nothing
  // from elsewhere. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; nothing else is eval'd.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/404'),
      i18n: { defaultLocale: 'en', locales: sitemapLanguages },
      serialize: (item) => {
        const links = alternates.get(item.url);
        return links ? { ...item, links } : item;
      },
    }),
    onDemandBundles(),
    securityHeaders(),
    pagefind(),
  ],
  prefetch: false,
  devToolbar: { enabled: false },
});
