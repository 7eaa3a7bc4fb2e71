import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  datasetStatus,
  datasetStatusOf,
  folderRevisionOf,
  otherStatusOf,
  referenceStatus,
  referenceStatusOf,
  revisionOf,
  statusOf,
  translationStatus,
} from './status';

const content = fileURLToPath(new URL('../../content/', import.meta.url));

describe('translation status', () => {
  const originals = [
    { brief: 'b', slug: 'signs', revision: revisionOf('signs, as now') },
    { brief: 'b', slug: 'history', revision: revisionOf('history, as now') },
    { brief: 'b', slug: 'numbers', revision: revisionOf('numbers') },
  ];
  const translations = [
    { locale: 'es', brief: 'b', slug: 'senales', translationOf: 'signs', revision: revisionOf('signs, as now') },
    // Made from an earlier text of the English file: stale.
    {
      locale: 'es',
      brief: 'b',
      slug: 'historia',
      translationOf: 'history',
      revision: revisionOf('history, as it was'),
    },
  ];
  const rows = translationStatus(originals, translations, ['es']);
  const stateOf = (slug: string) => rows.find((row) => row.section === slug)?.state;

  it('is up to date when the translation records the English file as it is now', () => {
    expect(stateOf('signs')).toBe('up to date');
  });
  it('is stale when the English file changed since, and says both revisions', () => {
    expect(stateOf('history')).toBe('stale');
    expect(rows.find((row) => row.section === 'history')).toMatchObject({
      recorded: revisionOf('history, as it was'),
      current: revisionOf('history, as now'),
    });
  });
  it('is missing when no translation names the section', () => {
    expect(stateOf('numbers')).toBe('missing');
  });
  it('a revision is the first 12 hex characters of the SHA-256', () => {
    expect(revisionOf('abc')).toBe('ba7816bf8f01');
  });

  it('reports the Spanish warning signs section up to date with its English original', () => {
    const live = statusOf(content, ['es']).find((row) => row.section === 'recognizing-the-signs');
    expect(live).toMatchObject({ state: 'up to date', translation: 'senales-de-alerta' });
  });

  it('lists a guide apart from the sections, and a guide translation matches only a guide', () => {
    const guideRows = translationStatus(
      [
        { brief: 'b', slug: 'signs', revision: revisionOf('signs') },
        { brief: 'b', slug: 'b', revision: revisionOf('guide, as now'), kind: 'guide' },
      ],
      [
        {
          locale: 'es',
          brief: 'b',
          slug: 'b',
          translationOf: 'b',
          revision: revisionOf('guide, as it was'),
          kind: 'guide',
        },
      ],
      ['es'],
    );
    expect(guideRows).toEqual([
      expect.objectContaining({ kind: 'section', section: 'signs', state: 'missing' }),
      expect.objectContaining({
        kind: 'guide',
        section: 'b',
        state: 'stale',
        recorded: revisionOf('guide, as it was'),
        current: revisionOf('guide, as now'),
      }),
    ]);
  });

  it('reports the Spanish discussion guide up to date with the English guide', () => {
    const live = statusOf(content, ['es']).find((row) => row.kind === 'guide' && row.section === 'human-trafficking');
    expect(live).toMatchObject({ state: 'up to date', translation: 'human-trafficking' });
  });
});

describe('translation status of the site pages and the briefs own words', () => {
  it('reports the Spanish about page and the brief words up to date with their English files', () => {
    const rows = otherStatusOf(content, ['es']);
    expect(rows.find((row) => row.file === 'pages/about.mdx')).toMatchObject({
      state: 'up to date',
      translation: 'translations/es/pages/about.mdx',
    });
    expect(rows.find((row) => row.file === 'briefs/human-trafficking.yml')).toMatchObject({
      state: 'up to date',
      translation: 'translations/es/briefs/human-trafficking.yml',
    });
  });

  it('lists each companion page of a brief, paired with its translation named like the English file', () => {
    const rows = otherStatusOf(content, ['es']);
    for (const name of ['action-plans', 'prosecution-record'])
      expect(rows.find((row) => row.file === `pages/human-trafficking/${name}.mdx`)).toMatchObject({
        state: 'up to date',
        translation: `translations/es/pages/human-trafficking/${name}.mdx`,
      });
  });
});

describe('glossary and timeline status', () => {
  const originals = [
    { kind: 'glossary' as const, name: 'b', revision: revisionOf('glossary, as now') },
    { kind: 'timeline' as const, name: 'b', revision: revisionOf('timeline, as now') },
    { kind: 'glossary' as const, name: 'c', revision: revisionOf('another glossary') },
  ];
  const rows = referenceStatus(
    originals,
    [
      { locale: 'es', kind: 'glossary', name: 'b', translationOf: 'b', revision: revisionOf('glossary, as now') },
      { locale: 'es', kind: 'timeline', name: 'b', translationOf: 'b', revision: revisionOf('timeline, as it was') },
    ],
    ['es'],
  );
  const stateOf = (kind: string, name: string) => rows.find((row) => row.kind === kind && row.original === name)?.state;

  it('pairs a translation with the English file of its own kind', () => {
    expect(stateOf('glossary', 'b')).toBe('up to date');
    expect(stateOf('timeline', 'b')).toBe('stale');
    expect(stateOf('glossary', 'c')).toBe('missing');
  });
  it('reads the content tree: every English glossary, timeline and corrections record appears once per language', () => {
    const live = referenceStatusOf(content, ['es']);
    expect(live.map((row) => `${row.kind}/${row.original}`).sort()).toEqual([
      'corrections/human-trafficking',
      'glossary/human-trafficking',
      'timeline/human-trafficking',
    ]);
  });
});

describe('dataset translation status', () => {
  const originals = [
    { dataset: 'by-region', revision: revisionOf('regions, as now') },
    { dataset: 'by-sector', revision: revisionOf('sectors, as now') },
    { dataset: 'facts', revision: revisionOf('facts') },
  ];
  const translations = [
    { locale: 'es', dataset: 'by-region', revision: revisionOf('regions, as now') },
    { locale: 'es', dataset: 'by-sector', revision: revisionOf('sectors, as they were') },
  ];
  const rows = datasetStatus(originals, translations, ['es']);
  const stateOf = (dataset: string) => rows.find((row) => row.dataset === dataset)?.state;

  it('is up to date, stale or missing by the English data file’s revision', () => {
    expect(stateOf('by-region')).toBe('up to date');
    expect(stateOf('by-sector')).toBe('stale');
    expect(rows.find((row) => row.dataset === 'by-sector')).toMatchObject({
      recorded: revisionOf('sectors, as they were'),
      current: revisionOf('sectors, as now'),
    });
    expect(stateOf('facts')).toBe('missing');
  });

  it('lists every dataset of the live content, and reads the Spanish translations it finds', () => {
    const live = datasetStatusOf(content, ['es']);
    expect(live.map((row) => row.dataset)).toContain('forced-labor-by-region');
    expect(live.find((row) => row.dataset === 'forced-labor-by-region')?.state).toBe('up to date');
  });
});

describe('the revision of a folder translated as one file', () => {
  it('changes when an entry is added, reworded or renamed, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    writeFileSync(join(dir, 'a.yml'), 'topic: A\n');
    const first = folderRevisionOf(dir);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(folderRevisionOf(dir)).toBe(first);
    writeFileSync(join(dir, 'b.yml'), 'topic: B\n');
    const added = folderRevisionOf(dir);
    expect(added).not.toBe(first);
    writeFileSync(join(dir, 'b.yml'), 'topic: B, reworded\n');
    const reworded = folderRevisionOf(dir);
    expect(reworded).not.toBe(added);
    renameSync(join(dir, 'b.yml'), join(dir, 'c.yml'));
    expect(folderRevisionOf(dir)).not.toBe(reworded);
  });
});
