import { z } from 'astro/zod';
import { revision, slug, text } from './common';

// The corrections record in another language: content/translations/<locale>/corrections/<brief>.yml, one file for
// the whole record (the English record is one file per correction, content/corrections/<brief>/<slug>.yml). It
// names the brief whose record it translates and the revision of that folder it was made from. Under each
// correction's file name (its anchor, the same in every language) it holds only words: the topic, what the earlier
// brief said, what the sources say, and the words of a source's note. The page, the anchor, the date and the
// sources themselves are read from the English file, so the two languages can never disagree about a fact.

const ENGLISH = 'the English correction (content/corrections/<brief>/<slug>.yml)';

/** A field the English file owns fails here, naming it and where it is read from. */
const wordsOnly = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${(issue.keys ?? []).join(', ')}: read from ${ENGLISH}, never written in a translation; remove it here`
      : undefined,
};

const translatedCorrection = z.strictObject(
  {
    /** A short title: a heading on the page and the hidden words of each "corrected" link. */
    topic: text('topic').max(90, { error: 'topic must stay under 90 characters (it is a heading)' }),
    /** What the earlier brief said, told in this language. */
    original: text('original'),
    /** What the sources say, in this language. */
    corrected: text('corrected'),
    /** The words of each English source's note, by the source's id; the source itself stays as published. */
    notes: z.record(slug('source id'), text('note')).default({}),
  },
  wordsOnly,
);

export const correctionTranslationSchema = z.strictObject(
  {
    /** The brief whose record it translates: the name of a folder in content/corrections/. */
    translationOf: slug('translationOf'),
    revision: revision('English corrections folder (npm run i18n:status computes it from every file there)'),
    /** Every English correction, by its file name. */
    corrections: z.record(slug('correction'), translatedCorrection),
  },
  wordsOnly,
);

export type CorrectionTranslationData = z.infer<typeof correctionTranslationSchema>;
export type TranslatedCorrection = CorrectionTranslationData['corrections'][string];
