// Reads the built site from disk: every HTML page, and what a browser fetches for a page's first view.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePathFromEnv } from '../../src/lib/base-path.mjs';

export const distDir = new URL('../../dist/', import.meta.url).pathname;
export const basePath = basePathFromEnv();

export function htmlPages(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The site path of a built file: dist/about/index.html → "about/". */
export const sitePath = (file: string) =>
  relative(distDir, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');

/** Maps a URL path on the site (with base) to the file that serves it, or undefined. */
export function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(basePath.length));
  for (const candidate of [inside, join(inside, 'index.html'), `${inside}.html`]) {
    const path = join(distDir, candidate);
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

export interface FirstView {
  /** Gzipped size of the HTML, inline styles and scripts included. */
  html: number;
  /** Gzipped size of the inline scripts alone (already inside `html`). */
  inlineScripts: number;
  /** Other files from this site: stylesheets, icons, images, scripts and their static imports. */
  assets: { url: string; bytes: number; script: boolean }[];
}

/**
 * Everything a page's first view downloads from this site. Scripts' static imports count;
 * dynamic import() loads on demand (search, for example) and does not.
 */
export function firstView(file: string): FirstView {
  const html = readFileSync(file, 'utf8');
  const pageUrl = `http://site${basePath}${sitePath(file)}`;
  const assets = new Map<string, { url: string; bytes: number; script: boolean }>();
  const add = (href: string | undefined, script: boolean, from = pageUrl) => {
    if (!href || href.startsWith('data:')) return;
    const url = new URL(href, from);
    if (url.host !== 'site' || assets.has(url.pathname)) return;
    const path = fileFor(url.pathname);
    if (!path) return;
    const content = readFileSync(path);
    assets.set(url.pathname, { url: url.pathname, bytes: gzipSize(content), script });
    if (script) {
      for (const match of content.toString('utf8').matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g))
        add(match[1], true, url.href);
    }
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) add(attr(tag, 'src'), true);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel') ?? '';
    // A print-only stylesheet is fetched at the lowest priority and never blocks the screen: not first view.
    if (rel === 'stylesheet' && attr(tag, 'media') === 'print') continue;
    if (/stylesheet|icon|modulepreload|preload/.test(rel))
      add(attr(tag, 'href'), rel === 'modulepreload' || attr(tag, 'as') === 'script');
  }
  for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) add(attr(tag, 'src'), false);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .join('\n');
  return { html: gzipSize(html), inlineScripts: inline ? gzipSize(inline) : 0, assets: [...assets.values()] };
}

export const totalBytes = (view: FirstView) => view.html + view.assets.reduce((sum, asset) => sum + asset.bytes, 0);
export const scriptBytes = (view: FirstView) =>
  view.inlineScripts + view.assets.filter((asset) => asset.script).reduce((sum, asset) => sum + asset.bytes, 0);
