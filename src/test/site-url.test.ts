// A build meant for deployment must name its public address: without it, canonical links, previews,
// the sitemap and the guide's QR code would all point at localhost.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = new URL('../../', import.meta.url).pathname;

describe('SITE_URL', () => {
  it('a build without it and without ALLOW_LOCAL_SITE=1 fails, saying what to set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-url-'));
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ASTRO_CACHE_DIR: join(dir, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      };
      delete env['SITE_URL'];
      delete env['ALLOW_LOCAL_SITE'];
      const result = spawnSync('astro', ['build', '--outDir', join(dir, 'dist')], {
        cwd: project,
        encoding: 'utf8',
        env,
      });
      expect(result.status).not.toBe(0);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(output).toContain('SITE_URL is not set');
      expect(output).toContain('ALLOW_LOCAL_SITE=1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
