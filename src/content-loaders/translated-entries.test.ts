import { describe, expect, it } from 'vitest';
import { pairEntries } from './translated-entries';
import { glossaryTranslationSchema, timelineTranslationSchema } from '../schemas/reference-translation';

const where = {
  file: 'content/translations/es/timeline/b.yml',
  field: 'milestones',
  englishFile: 'content/timeline/b.yml',
};
const english = [
  { id: 'tvpa-2000', date: '2000-10-28', title: 'TVPA' },
  { id: 'palermo-2000', date: '2000-11-15', title: 'Palermo' },
];

describe('pairing a translated glossary or timeline with its English file', () => {
  it('pairs each English entry with its translation by id, in the English order', () => {
    const pairs = pairEntries(where, english, [
      { id: 'palermo-2000', title: 'Palermo (es)' },
      { id: 'tvpa-2000', title: 'TVPA (es)' },
    ]);
    expect(pairs.map((pair) => [pair.english.date, pair.translated.title])).toEqual([
      ['2000-10-28', 'TVPA (es)'],
      ['2000-11-15', 'Palermo (es)'],
    ]);
  });

  it('fails naming the file, the field and each English entry left untranslated', () => {
    expect(() => pairEntries(where, english, [{ id: 'tvpa-2000' }])).toThrow(
      'content/translations/es/timeline/b.yml: milestones: no translation of "palermo-2000" from content/timeline/b.yml (translate every entry, under its English id)',
    );
  });

  it('fails on an entry the English file does not have, such as a renamed id', () => {
    expect(() => pairEntries(where, english, [{ id: 'tvpa-2000' }, { id: 'palermo' }])).toThrow(
      /milestones: no translation of "palermo-2000" .*; "palermo" is not in content\/timeline\/b\.yml/,
    );
  });
});

describe('a translated entry holds only its words', () => {
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const timeline = { translationOf: 'b', revision: '0123456789ab' };

  it('accepts a milestone with its id, title and text, and a term with its words and aliases', () => {
    expect(
      issues(timelineTranslationSchema.safeParse({ ...timeline, milestones: [{ id: 'a', title: 'T', text: 'X' }] })),
    ).toEqual([]);
    expect(
      issues(
        glossaryTranslationSchema.safeParse({
          ...timeline,
          terms: [{ id: 'sex-trafficking', term: 'Trata sexual', aliases: ['tráfico sexual'], definition: 'D' }],
        }),
      ),
    ).toEqual([]);
  });

  it('fails when a milestone writes (or changes) its date: dates are read from the English timeline', () => {
    expect(
      issues(
        timelineTranslationSchema.safeParse({
          ...timeline,
          milestones: [{ id: 'a', date: '2000-10-29', title: 'T', text: 'X' }],
        }),
      ),
    ).toEqual([
      'milestones.0: date: read from the English timeline (content/timeline/), never written in a translation; remove it here',
    ]);
  });

  it("fails when a term carries its own section or source: they are the English entry's", () => {
    expect(
      issues(
        glossaryTranslationSchema.safeParse({
          ...timeline,
          terms: [{ id: 'a', term: 'T', definition: 'D', source: { title: 'S' } }],
        }),
      ),
    ).toEqual([
      'terms.0: source: read from the English glossary (content/glossary/), never written in a translation; remove it here',
    ]);
  });

  it('fails on an id used twice and on a revision that is not a content hash', () => {
    expect(
      issues(
        timelineTranslationSchema.safeParse({
          translationOf: 'b',
          revision: '2026-11-22',
          milestones: [
            { id: 'a', title: 'T', text: 'X' },
            { id: 'a', title: 'T', text: 'Y' },
          ],
        }),
      ),
    ).toEqual([
      'revision: revision must be the first 12 hex characters of the SHA-256 of the English file (npm run i18n:status prints it)',
      'milestones.1.id: id "a" is used twice in milestones',
    ]);
  });
});
