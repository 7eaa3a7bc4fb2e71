import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { revisionOf, statusOf, translationStatus } from './status';

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
