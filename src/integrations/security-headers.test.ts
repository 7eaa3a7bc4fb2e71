import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mergePolicies, trimPolicy } from './security-headers.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('trimPolicy', () => {
  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const policy = `default-src 'self'; script-src 'self' ${hash('a()')} ${hash('b()')}; style-src 'self' ${hash('p{}')} ${hash('q{}')}`;
    const out = trimPolicy(page(policy, '<script>a()</script><script src="/x.js"></script><style>q{}</style>'));
    expect(out).toContain(`script-src 'self' ${hash('a()')};`);
    expect(out).not.toContain(hash('b()'));
    expect(out).toContain(`style-src 'self' ${hash('q{}')}"`);
    expect(out).toContain("default-src 'self'");
  });
  it('fails when an inline script is not in the policy, rather than ship a page whose script is refused', () => {
    expect(() => trimPolicy(page("script-src 'self'", '<script>c()</script>'), 'dist/x.html')).toThrow(
      'dist/x.html: an inline script has hash',
    );
  });
});

describe('mergePolicies', () => {
  it('joins the sources of each directive across pages', () => {
    expect(mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src 'self'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
  });
});
