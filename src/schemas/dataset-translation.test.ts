// A dataset translation holds words only, with the revision of the English file it was made from.
import { describe, expect, it } from 'vitest';
import { datasetTranslationSchema } from './dataset-translation';

const base = {
  revision: '0123456789ab',
  title: 'Personas en trabajo forzoso por región, 2021',
  takeaway: 'Asia y el Pacífico concentra más de la mitad.',
  unit: 'personas en trabajo forzoso, millones',
  period: '2021',
  columns: { people: 'Personas en trabajo forzoso' },
  rows: { africa: 'África' },
};
const messages = (input: object) => {
  const result = datasetTranslationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a dataset translation', () => {
  it('accepts words by key and defaults what it does not give', () => {
    expect(messages(base)).toEqual([]);
    const parsed = datasetTranslationSchema.parse({ ...base, columns: undefined, rows: undefined });
    expect(parsed).toMatchObject({ columns: {}, rows: {}, rowNotes: {}, notes: [] });
  });
  it('needs the revision of the English file, written as 12 hex characters', () => {
    const { revision: _revision, ...rest } = base;
    expect(messages(rest)[0]).toMatch(/^revision: revision is required: the first 12 hex characters/);
    expect(messages({ ...base, revision: '2026-12-01' })[0]).toMatch(/^revision: revision must be the first 12 hex/);
  });
  it('names a missing title or an empty label', () => {
    const { title: _title, ...rest } = base;
    expect(messages(rest)).toEqual(['title: title is required (text)']);
    expect(messages({ ...base, rows: { africa: ' ' } })).toEqual(['rows.africa: rows must not be empty']);
  });
  it('holds no numbers: a value where words belong is refused', () => {
    expect(messages({ ...base, rows: { africa: 3.8 } })).toEqual(['rows.africa: rows is required (text)']);
  });
});
