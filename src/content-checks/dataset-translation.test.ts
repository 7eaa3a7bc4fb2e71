// A translation against its English dataset, on plain objects: unknown keys always fail; a drawn dataset needs
// every word its figure shows.
import { describe, expect, it } from 'vitest';
import { checkDatasetTranslation, type EnglishWords, type TranslatedWords } from './dataset-translation';

const english: EnglishWords = {
  columns: [{ key: 'victims' }, { key: 'profits' }],
  rows: [{ key: 'sexual', note: 'A note.' }, { key: 'other' }],
  notes: ['First.', 'Second.'],
  stale: 'The series ended.',
};
const complete: TranslatedWords = {
  columns: { victims: 'Víctimas', profits: 'Ganancias' },
  rows: { sexual: 'Explotación sexual', other: 'Otros' },
  rowNotes: { sexual: 'Una nota.' },
  notes: ['Primera.', 'Segunda.'],
  stale: 'La serie terminó.',
};
const file = 'content/translations/es/data/shares.yml';
const check =
  (translated: Partial<TranslatedWords>, drawn = true) =>
  () =>
    checkDatasetTranslation(
      file,
      english,
      { ...complete, ...translated },
      { drawn, englishFile: 'content/data/shares.yml' },
    );

describe('a dataset translation against its English file', () => {
  it('accepts every word of a drawn dataset', () => {
    expect(check({})).not.toThrow();
  });
  it('refuses a column or row the English file lacks, naming file, field and the keys it has', () => {
    expect(check({ columns: { ...complete.columns, share: 'Parte' } })).toThrow(
      `${file}: columns.share: content/data/shares.yml has no column "share" (its columns: victims, profits)`,
    );
    expect(check({ rows: { ...complete.rows, unknown: 'Desconocido' } }, false)).toThrow(
      `${file}: rows.unknown: content/data/shares.yml has no row "unknown"`,
    );
    expect(check({ rowNotes: { other: 'Nota.' } })).toThrow(`${file}: rowNotes.other:`);
  });
  it('refuses a stale reason or an extra note the English file does not give', () => {
    expect(() =>
      checkDatasetTranslation(file, { ...english, stale: undefined }, complete, {
        drawn: false,
        englishFile: 'content/data/shares.yml',
      }),
    ).toThrow(`${file}: stale: content/data/shares.yml gives no stale reason`);
    expect(check({ notes: ['1', '2', '3'] }, false)).toThrow(
      `${file}: notes: 3 notes, but content/data/shares.yml has 2`,
    );
  });
  it('names the first label, note or reason a drawn dataset misses', () => {
    expect(check({ columns: { victims: 'Víctimas' } })).toThrow(
      `${file}: columns.profits: missing: a figure shows content/data/shares.yml, so every column label needs its words`,
    );
    expect(check({ rows: { sexual: 'Explotación sexual' } })).toThrow(`${file}: rows.other: missing:`);
    expect(check({ rowNotes: {} })).toThrow(`${file}: rowNotes.sexual: missing:`);
    expect(check({ notes: ['Primera.'] })).toThrow(`${file}: notes: 1 notes, but content/data/shares.yml has 2`);
    expect(check({ stale: undefined })).toThrow(`${file}: stale: missing:`);
  });
  it('lets a dataset quoted only in prose leave out labels and notes no reader sees', () => {
    expect(check({ columns: {}, rows: {}, rowNotes: {}, notes: [], stale: undefined }, false)).not.toThrow();
  });
});
