// A translated corrections record on plain objects, against the English correction of the content-error fixture
// (src/test/fixtures/minimal/corrections/sample/sample-fix.yml): its schema refuses what only the English file
// may say (a date, a page, sources), and the check refuses a missing or unknown entry or note, each naming the
// file, the field and the reason.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { correctionSchema } from '../schemas/correction';
import { correctionTranslationSchema } from '../schemas/correction-translation';
import { fixtureFiles } from '../test/fixture-content';
import { checkCorrectionTranslation } from './correction-translation';

const FILE = 'content/translations/es/corrections/sample.yml';
const FOLDER = 'content/corrections/sample/';
const englishData = correctionSchema.parse(parse(fixtureFiles().get('corrections/sample/sample-fix.yml')!));
const english = [{ slug: 'sample-fix', file: `${FOLDER}sample-fix.yml`, data: englishData }];
const words = { topic: 'Una corrección de ejemplo', original: 'Lo que decía.', corrected: 'Lo que dicen las fuentes.' };
const translation = (corrections: Record<string, unknown>) => ({
  translationOf: 'sample',
  revision: '0123456789ab',
  corrections,
});

/** The schema's first issue as the build reports it: file, field (its path) and reason. */
function schemaError(input: unknown): string | undefined {
  const result = correctionTranslationSchema.safeParse(input);
  const issue = result.success ? undefined : result.error.issues[0];
  return issue && `${FILE}: ${issue.path.join('.')}: ${issue.message}`;
}

/** The check's error, or undefined when the translation matches the English record. */
function checkError(input: unknown, against = english): string | undefined {
  try {
    checkCorrectionTranslation(FILE, correctionTranslationSchema.parse(input), against, FOLDER);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a translated corrections record', () => {
  it('accepts the words of every English correction', () => {
    expect(checkError(translation({ 'sample-fix': words }))).toBeUndefined();
  });
  it('rejects a record that misses an English correction', () => {
    expect(checkError(translation({}))).toBe(
      `${FILE}: corrections: no translation of "sample-fix" from ${FOLDER} (translate every correction, under its file name)`,
    );
  });
  it('rejects an entry that is not an English correction', () => {
    expect(checkError(translation({ 'sample-fix': words, 'sample-typo': words }))).toBe(
      `${FILE}: corrections: "sample-typo" is not a correction in ${FOLDER} (an entry keeps the file name of the English correction it translates)`,
    );
  });
  it('rejects a date written in the translation: dates are read from the English file', () => {
    expect(schemaError(translation({ 'sample-fix': { ...words, date: '2026-01-16' } }))).toBe(
      `${FILE}: corrections.sample-fix: date: read from the English correction (content/corrections/<brief>/<slug>.yml), never written in a translation; remove it here`,
    );
  });
  it('rejects a page, an anchor or sources written in the translation', () => {
    expect(schemaError(translation({ 'sample-fix': { ...words, page: 'first', sources: [] } }))).toMatch(
      /^content\/translations\/es\/corrections\/sample\.yml: corrections\.sample-fix: page, sources: read from the English correction/,
    );
  });
  it('rejects a missing note, and a note for a source that has none', () => {
    const noted = [
      {
        ...english[0]!,
        data: { ...englishData, sources: englishData.sources.map((source) => ({ ...source, note: 'Table 2.' })) },
      },
    ];
    expect(checkError(translation({ 'sample-fix': words }), noted)).toBe(
      `${FILE}: corrections.sample-fix.notes: no words for the note of the source "fix-source" in ${FOLDER}sample-fix.yml (translate each note, under its source's id)`,
    );
    expect(checkError(translation({ 'sample-fix': { ...words, notes: { 'fix-source': 'Tabla 2.' } } }))).toBe(
      `${FILE}: corrections.sample-fix.notes.fix-source: ${FOLDER}sample-fix.yml has no source "fix-source" with a note (a note keeps the id of the English source whose note it translates)`,
    );
  });
});
