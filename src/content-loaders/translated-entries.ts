// A translated glossary or timeline pairs each English entry with its translation by id, the anchor both
// languages share. Pure, so the rules are unit-tested on plain objects: every English entry is translated,
// no translated entry is unknown to the English file, and the result follows the English order.
import { ContentError } from '../content-checks/content-error';

export interface Paired<E, T> {
  english: E;
  translated: T;
}

/**
 * Each English entry with its translation, in the English file's order. Fails naming the translation's file,
 * the field and every id missing or extra, so one build lists everything to fix.
 */
export function pairEntries<E extends { id: string }, T extends { id: string }>(
  where: { file: string; field: string; englishFile: string },
  english: readonly E[],
  translated: readonly T[],
): Paired<E, T>[] {
  const byId = new Map(translated.map((entry) => [entry.id, entry]));
  const known = new Set(english.map((entry) => entry.id));
  const missing = english.filter((entry) => !byId.has(entry.id)).map((entry) => `"${entry.id}"`);
  const extra = translated.filter((entry) => !known.has(entry.id)).map((entry) => `"${entry.id}"`);
  const reasons = [
    missing.length > 0 &&
      `no translation of ${missing.join(', ')} from ${where.englishFile} (translate every entry, under its English id)`,
    extra.length > 0 &&
      `${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not in ${where.englishFile} (an entry keeps the id of the English entry it translates)`,
  ].filter(Boolean);
  if (reasons.length > 0) throw new ContentError(where.file, where.field, reasons.join('; '));
  return english.map((entry) => ({ english: entry, translated: byId.get(entry.id)! }));
}
