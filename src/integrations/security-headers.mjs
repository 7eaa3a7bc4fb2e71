// Writes dist/_headers for static hosts that read it (Netlify, Cloudflare Pages, and others that copy the
// format): the same Content-Security-Policy the pages carry as a meta tag, plus the headers a meta tag
// cannot set. frame-ancestors only works as a header, so it is added here.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export default function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = [];
        for await (const file of htmlFiles(root)) {
          const match = (await readFile(file, 'utf8')).match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
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
          '',
        ].join('\n');
        await writeFile(join(root, '_headers'), headers);
        logger.info(`_headers written (policy merged from ${policies.length} pages)`);
      },
    },
  };
}
