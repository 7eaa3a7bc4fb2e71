// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { redirects } from './src/lib/redirects.mjs';

// The same build must deploy at a domain root or under a sub-path (GitHub Pages style),
// so the public address and the base path come from the environment.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // A separate cache lets the content-error tests build fixtures without touching the main build's cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  redirects,
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  prefetch: false,
  devToolbar: { enabled: false },
});
