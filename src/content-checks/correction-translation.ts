// A translated corrections record against the English record it translates: one entry for every English
// correction (by its file name, the anchor both languages share) and no other, and the words of a source's note
// for every English source that has one and no other. A reader of either language finds the same corrections
// under the same anchors, each with the same sources. Pure, so it is tested on plain objects;
// src/content-loaders/correction-translations.ts runs it on every build.
import { ContentError } from './content-error';
import type { CorrectionData } from '../schemas/correction';
import type { CorrectionTranslationData } from '../schemas/correction-translation';

/** An English correction as the check needs it: its file name (the anchor) and its sources. */
export interface EnglishCorrection {
  slug: string;
  file: string;
  data: Pick<CorrectionData, 'sources'>;
}

/**
 * Throws a ContentError naming the translation's file, the field and the reason: every English correction
 * missing and every unknown one in one message, so one build lists everything to fix; then a note missing or
 * unknown.
 */
export function checkCorrectionTranslation(
  file: string,
  translation: CorrectionTranslationData,
  english: readonly EnglishCorrection[],
  englishFolder: string,
): void {
  const known = new Set(english.map((correction) => correction.slug));
  const missing = english.filter((correction) => !(correction.slug in translation.corrections));
  const extra = Object.keys(translation.corrections).filter((slug) => !known.has(slug));
  const reasons = [
    missing.length > 0 &&
      `no translation of ${missing.map((correction) => `"${correction.slug}"`).join(', ')} from ${englishFolder} (translate every correction, under its file name)`,
    extra.length > 0 &&
      `${extra.map((slug) => `"${slug}"`).join(', ')} ${extra.length === 1 ? 'is' : 'are'} not a correction in ${englishFolder} (an entry keeps the file name of the English correction it translates)`,
  ].filter(Boolean);
  if (reasons.length > 0) throw new ContentError(file, 'corrections', reasons.join('; '));

  for (const correction of english) {
    const notes = translation.corrections[correction.slug]!.notes;
    const noted = correction.data.sources.filter((source) => source.note.trim() !== '');
    const without = noted.find((source) => !(source.id in notes));
    if (without)
      throw new ContentError(
        file,
        `corrections.${correction.slug}.notes`,
        `no words for the note of the source "${without.id}" in ${correction.file} (translate each note, under its source's id)`,
      );
    const unknown = Object.keys(notes).find((id) => !noted.some((source) => source.id === id));
    if (unknown)
      throw new ContentError(
        file,
        `corrections.${correction.slug}.notes.${unknown}`,
        `${correction.file} has no source "${unknown}" with a note (a note keeps the id of the English source whose note it translates)`,
      );
  }
}
