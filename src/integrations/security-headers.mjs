// Writes dist/_headers for static hosts that read it (Netlify, Cloudflare Pages, and others that copy the
// format): the same Content-Security-Policy the pages carry as a meta tag, plus the headers a meta tag
// cannot set. frame-ancestors only works as a header, so it is added here; so is long caching for the
// content-hashed files under _astro/.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTrailingSlash } from '../lib/base-path.mjs';

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Merges the per-page policies: the same directives, with the union of their sources. */
export function mergePolicies(policies) {
  const merged = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)">/i;

/**
 * Astro lists the hash of every inline script and style of the whole site on every page. A page needs
 * only its own: keeping just those takes about a kilobyte of incompressible text off each page.
 * A hash that Astro did not list means the text changed after Astro hashed it; that fails the build
 * rather than ship a page whose scripts the browser would refuse.
 */
export function trimPolicy(html, file = 'a page') {
  const match = html.match(CSP_META);
  if (!match) return html;
  const policy = match[1].replace(/&#39;/g, "'");
  const hashOf = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const inline = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((found) =>
      hashOf(found[1]),
    );
  const wanted = { 'script-src': inline('script'), 'style-src': inline('style') };
  const parts = policy.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name || !(name in wanted)) return part.trim();
    const listed = new Set(sources.filter((source) => source.startsWith("'sha")));
    for (const hash of wanted[name]) {
      if (!listed.has(hash))
        throw new Error(
          `${file}: an inline ${name === 'script-src' ? 'script' : 'style'} has hash ${hash}, which Astro did not put in the policy`,
        );
    }
    return [name, ...sources.filter((source) => !source.startsWith("'sha")), ...new Set(wanted[name])].join(' ');
  });
  const trimmed = parts.filter(Boolean).join('; ');
  return html.replace(CSP_META, `<meta http-equiv="content-security-policy" content="${trimmed}">`);
}

export default function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = [];
        for await (const file of htmlFiles(root)) {
          const original = await readFile(file, 'utf8');
          const html = trimPolicy(original, file);
          if (html !== original) await writeFile(file, html);
          const match = html.match(CSP_META);
          if (match) policies.push(match[1].replace(/&#39;/g, "'"));
        }
        const csp = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const headers = [
          '/*',
          `  Content-Security-Policy: ${csp}`,
          '  Referrer-Policy: no-referrer',
          '  X-Content-Type-Options: nosniff',
          '  X-Frame-Options: DENY',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()',
          '  Cross-Origin-Opener-Policy: same-origin',
          // Astro names these files by their content, so a reader moving from section to section never
          // asks for them again. Everything else (pages, the search and enhancement bundles at stable
          // addresses) keeps the host's default, which revalidates.
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        await writeFile(join(root, '_headers'), headers);
        logger.info(`_headers written (policy merged from ${policies.length} pages)`);
      },
    },
  };
}
