// A dataset's translation against its English file: it may only name columns and rows the English file has,
// and a dataset a figure draws needs every word the figure shows. Pure, so it is unit-tested on plain objects.
import { ContentError } from './content-error';

/** The parts of an English dataset a translation answers to. */
export interface EnglishWords {
  columns: { key: string }[];
  rows: { key: string; note?: string | undefined }[];
  notes: string[];
  stale?: string | undefined;
}

/** The parts of a translation the check reads. */
export interface TranslatedWords {
  columns: Record<string, string>;
  rows: Record<string, string>;
  rowNotes: Record<string, string>;
  notes: string[];
  stale?: string | undefined;
}

/**
 * Throws a ContentError naming `file`, the field and the reason. `drawn`: some page shows the dataset as a
 * figure, so every label, note and the stale reason must be there; otherwise (numbers quoted in prose only)
 * labels are optional, but none may name what the English file lacks.
 */
export function checkDatasetTranslation(
  file: string,
  english: EnglishWords,
  translated: TranslatedWords,
  { drawn, englishFile }: { drawn: boolean; englishFile: string },
): void {
  const columnKeys = english.columns.map((column) => column.key);
  const rowKeys = english.rows.map((row) => row.key);
  const unknown = (field: string, given: Record<string, string>, known: string[], what: string) => {
    const extra = Object.keys(given).find((key) => !known.includes(key));
    if (extra !== undefined)
      throw new ContentError(
        file,
        `${field}.${extra}`,
        `${englishFile} has no ${what} "${extra}" (its ${what}s: ${known.join(', ') || 'none'})`,
      );
  };
  unknown('columns', translated.columns, columnKeys, 'column');
  unknown('rows', translated.rows, rowKeys, 'row');
  const noted = english.rows.filter((row) => row.note).map((row) => row.key);
  unknown('rowNotes', translated.rowNotes, noted, 'row with a note, row');
  if (translated.stale && !english.stale)
    throw new ContentError(file, 'stale', `${englishFile} gives no stale reason, so there is none to translate`);
  if (translated.notes.length > english.notes.length)
    throw new ContentError(
      file,
      'notes',
      `${translated.notes.length} notes, but ${englishFile} has ${english.notes.length}: translate each note once, in its order`,
    );
  if (!drawn) return;
  const missing = (field: string, given: Record<string, string>, needed: string[], what: string) => {
    const absent = needed.find((key) => !(key in given));
    if (absent !== undefined)
      throw new ContentError(
        file,
        `${field}.${absent}`,
        `missing: a figure shows ${englishFile}, so every ${what} needs its words (add ${absent}: …)`,
      );
  };
  missing('columns', translated.columns, columnKeys, 'column label');
  missing('rows', translated.rows, rowKeys, 'row label');
  missing('rowNotes', translated.rowNotes, noted, 'row note');
  if (translated.notes.length !== english.notes.length)
    throw new ContentError(
      file,
      'notes',
      `${translated.notes.length} notes, but ${englishFile} has ${english.notes.length} and a figure shows them all`,
    );
  if (english.stale && !translated.stale)
    throw new ContentError(file, 'stale', `missing: a figure shows ${englishFile}'s reason why nothing newer is shown`);
}
