// Inline scripts are minified because every byte of one is paid on every page view that carries it.
// Components and the CSP hashes in astro.config.mjs both go through this, so the hashes match the text.
import { transformSync } from 'esbuild';

/** @param {string} source */
export const minifyInline = (source) => transformSync(source, { minify: true, target: 'es2020' }).code.trim();
