// Malformed content must fail the build with the file, the field and the reason, so a writer can fix it.
// Each case copies a small valid content tree, breaks one thing, and builds it for real.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const fixture = new URL('./fixtures/minimal/', import.meta.url).pathname;
const project = new URL('../../', import.meta.url).pathname;

function buildWith(change: (root: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'content-error-'));
  try {
    const content = join(dir, 'content');
    cpSync(fixture, content, { recursive: true });
    change(content);
    const result = spawnSync('astro', ['build', '--outDir', join(dir, 'dist')], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ALLOW_LOCAL_SITE: '1', CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
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

  it('rejects a dataset without a source', () => {
    const { ok, output } = buildWith((root) => edit(root, 'data/sample-data.yml', /sources:[\s\S]*$/, 'sources: []\n'));
    expect(ok).toBe(false);
    expect(output).toContain('sample-data');
    expect(output).toMatch(/sources/);
    expect(output).toContain('every dataset must name at least one source');
  });

  it('rejects a dataset that does not say when it was checked', () => {
    const { ok, output } = buildWith((root) => edit(root, 'data/sample-data.yml', 'checked: "2024-03-01"\n', ''));
    expect(ok).toBe(false);
    expect(output).toContain('content/data/sample-data.yml');
    expect(output).toContain('checked is required: the day these numbers were last checked against their sources');
  });

  it('rejects a dataset more than five years old that does not say why', () => {
    const { ok, output } = buildWith((root) => edit(root, 'data/sample-data.yml', 'period: "2020"', 'period: "2017"'));
    expect(ok).toBe(false);
    expect(output).toContain('content/data/sample-data.yml');
    expect(output).toContain('stale: the newest figure is from 2017, more than 5 years before it was checked (2024)');
  });

  it('rejects an impossible date', () => {
    const { ok, output } = buildWith((root) => edit(root, 'briefs/sample.yml', '2026-01-15', '2026-02-30'));
    expect(ok).toBe(false);
    expect(output).toContain('sample');
    expect(output).toContain('lastReviewed');
    expect(output).toContain('"2026-02-30" is not a real date');
  });

  it('rejects two sections with the same order', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/second.mdx', 'order: 2', 'order: 1'));
    expect(ok).toBe(false);
    expect(output).toMatch(/second\.mdx|first\.mdx/);
    expect(output).toContain('order: order 1 is already used by');
  });

  it('rejects a section the brief does not list', () => {
    const { ok, output } = buildWith((root) => edit(root, 'briefs/sample.yml', '  - second\n', ''));
    expect(ok).toBe(false);
    expect(output).toContain('second.mdx: brief: the section is not listed in');
  });

  it('rejects a section without a title', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', 'title: First section\n', ''));
    expect(ok).toBe(false);
    expect(output).toContain('first');
    expect(output).toContain('title is required');
  });

  it('rejects a citation of a source the brief does not list', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', '<Cite id="sample-source" />', '<Cite id="nowhere" />'));
    expect(ok).toBe(false);
    expect(output).toContain('"nowhere" is not in the sources of any section');
  });

  it('rejects a number read from a dataset that does not exist', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', 'data="sample-data"', 'data="missing-data"'));
    expect(ok).toBe(false);
    expect(output).toContain('"missing-data" is not a dataset in content/data');
  });

  it('rejects an unknown figure id in MDX', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', '## A heading\n', '## A heading\n\n<Figure id="missing-figure" />\n'));
    expect(ok).toBe(false);
    expect(output).toContain('first.mdx <Figure id="missing-figure">');
    expect(output).toContain('"missing-figure" is not a dataset in content/data (known: sample-data)');
  });

  it('rejects a duplicate question id in a guide', () => {
    const { ok, output } = buildWith((root) => edit(root, 'guides/sample.yml', 'id: q-second-question', 'id: q-first-question'));
    expect(ok).toBe(false);
    expect(output).toContain('guides/sample.yml');
    expect(output).toContain('question id "q-first-question" is already used at parts[0].questions[0]');
  });

  it('rejects a guide question that names a section the brief does not have', () => {
    const { ok, output } = buildWith((root) => edit(root, 'guides/sample.yml', 'section: second', 'section: third'));
    expect(ok).toBe(false);
    expect(output).toContain('guides/sample.yml');
    expect(output).toContain('"third"');
  });

  it('rejects a term that no glossary defines', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', '<Term id="sample-term">', '<Term id="no-such-term">'));
    expect(ok).toBe(false);
    expect(output).toContain('"no-such-term" is not a term in any glossary');
  });

  it('rejects a companion page that extends a section the brief does not have', () => {
    const { ok, output } = buildWith((root) => edit(root, 'pages/sample/companion.mdx', 'section: first', 'section: third'));
    expect(ok).toBe(false);
    expect(output).toContain('pages/sample/companion.mdx: section: "third" is not a section of the brief "sample"');
  });

  it('rejects a companion page whose name is already a section of the brief', () => {
    const { ok, output } = buildWith((root) => {
      writeFileSync(join(root, 'pages/sample/second.mdx'), readFileSync(join(root, 'pages/sample/companion.mdx'), 'utf8').replace('companion-source', 'other-source').replace('companion-source', 'other-source'));
    });
    expect(ok).toBe(false);
    expect(output).toContain('"second" is already the address of a section of the brief');
  });

  it('rejects a correction whose page the brief does not have', () => {
    const { ok, output } = buildWith((root) => edit(root, 'corrections/sample/sample-fix.yml', 'page: first', 'page: third'));
    expect(ok).toBe(false);
    expect(output).toContain('corrections/sample/sample-fix.yml: page: "third" is not a page of the brief "sample" (known: first, second, companion, glossary, timeline, figures, guide)');
  });

  it('rejects a correction without a date or a source', () => {
    const { ok, output } = buildWith((root) => edit(root, 'corrections/sample/sample-fix.yml', /date: "2026-01-15"\n[\s\S]*$/, 'sources: []\n'));
    expect(ok).toBe(false);
    expect(output).toContain('sample-fix');
    expect(output).toMatch(/date/);
    expect(output).toContain('a correction must name at least one source');
  });

  it('rejects a "corrected" link to a correction that does not exist, naming the page', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', '<Corrected id="sample-fix" />', '<Corrected id="no-such-fix" />'));
    expect(ok).toBe(false);
    expect(output).toContain('sections/sample/first.mdx (the MDX shown at /sample/');
    expect(output).toContain('Corrected id: "no-such-fix" is not a correction in content/corrections/sample/');
  });

  it('rejects a source link that is not https', () => {
    const { ok, output } = buildWith((root) => edit(root, 'sections/sample/first.mdx', 'https://example.org/report', 'http://example.org/report'));
    expect(ok).toBe(false);
    expect(output).toContain('url must start with https://');
  });

  it('rejects a help line whose dialled digits are not the number shown', () => {
    const { ok, output } = buildWith((root) => edit(root, 'help-lines.yml', 'dial: "+18883737888"', 'dial: "+18883737887"'));
    expect(ok).toBe(false);
    expect(output).toContain('help-lines');
    expect(output).toContain('"+18883737887" does not dial the number shown, "1-888-373-7888"');
  });

  it('rejects a help line without a source', () => {
    const { ok, output } = buildWith((root) => edit(root, 'help-lines.yml', / {2}- id: emergency[\s\S]*$/, '  - id: emergency\n    name: Emergency services\n    phone: { display: "911", dial: "911" }\n    checked: "2026-12-01"\n    sources: []\n'));
    expect(ok).toBe(false);
    expect(output).toContain('help-lines');
    expect(output).toContain('every help line must name the source its numbers were read in');
  });
});
