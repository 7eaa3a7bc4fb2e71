// Malformed content must fail the build with the file, the field and the reason, so a writer can fix it.
// content-errors.test.ts checks every kind of mistake on plain objects; here one real build per way a mistake
// reaches the writer proves the message arrives whole: a schema error in a YAML file and in MDX frontmatter,
// and a cross-file error, also in a site that has no page reading the files involved.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const fixture = new URL('./fixtures/minimal/', import.meta.url).pathname;
const project = new URL('../../', import.meta.url).pathname;

/**
 * Builds the fixture after one change. With onlyPage, the build runs in a copy of the project whose only
 * route is that file of src/pages/: no page then reads the content, so what fails is the content checks alone.
 */
function buildWith(change: (root: string) => void, onlyPage?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'content-error-'));
  try {
    const content = join(dir, 'content');
    cpSync(fixture, content, { recursive: true });
    change(content);
    const cwd = onlyPage ? join(dir, 'project') : project;
    if (onlyPage) {
      for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
        cpSync(join(project, file), join(cwd, file));
      cpSync(join(project, 'src'), join(cwd, 'src'), {
        recursive: true,
        filter: (path) => !path.startsWith(join(project, 'src/pages')),
      });
      mkdirSync(join(cwd, 'src/pages'));
      cpSync(join(project, 'src/pages', onlyPage), join(cwd, 'src/pages', onlyPage));
      symlinkSync(join(project, 'node_modules'), join(cwd, 'node_modules'));
    }
    const result = spawnSync('astro', ['build', '--outDir', join(dir, 'dist')], {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        ALLOW_LOCAL_SITE: '1',
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: join(dir, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    // Strip colour codes so the assertion reads the error itself.
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    return { ok: result.status === 0, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const edit = (root: string, file: string, from: string | RegExp, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the fixture ${file} no longer contains ${from}`);
  writeFileSync(path, next);
};

describe('content errors fail the build with file, field and reason', () => {
  it('builds the valid fixture (so every failure below comes from its one change)', () => {
    const { ok, output } = buildWith(() => {});
    expect(ok, output).toBe(true);
  });

  it('a schema error in a YAML file: a dataset without a source', () => {
    const { ok, output } = buildWith((root) => edit(root, 'data/sample-data.yml', /sources:[\s\S]*$/, 'sources: []\n'));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/data\/sample-data\.yml/);
    expect(output).toMatch(/^\s*sources: every dataset must name at least one source$/m);
  });

  it('a schema error in MDX frontmatter: a section without a title', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', 'title: First section\n', ''));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/sections\/sample\/first\.mdx/);
    expect(output).toMatch(/^\s*title: title is required \(text\)$/m);
  });

  it('a cross-file error: a "corrected" link to a correction that does not exist', () => {
    const { ok, output } = buildWith((root) =>
      edit(root, 'sections/sample/first.mdx', '<Corrected id="sample-fix" />', '<Corrected id="no-such-fix" />'),
    );
    expect(ok).toBe(false);
    expect(output).toContain(
      'sections/sample/first.mdx: <Corrected id="no-such-fix">: "no-such-fix" is not a correction in content/corrections/sample/ (add no-such-fix.yml there, or fix the id)',
    );
  });

  it('a cross-file error fails the build even when no page reads the files: two headings with one anchor', () => {
    const { ok, output } = buildWith(
      (root) => edit(root, 'sections/sample/second.mdx', '## Another heading', '## A heading'),
      'robots.txt.ts',
    );
    expect(ok).toBe(false);
    expect(output).toContain('generating static routes');
    expect(output).toMatch(
      /sections\/sample\/second\.mdx: heading "A heading": its anchor #a-heading is already used by \S*sections\/sample\/first\.mdx; reword one heading/,
    );
  });
});
