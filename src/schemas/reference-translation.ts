import { z } from 'astro/zod';
import { revision, slug, text } from './common';

// The glossary and the timeline in another language: content/translations/<locale>/glossary/<brief>.yml and
// content/translations/<locale>/timeline/<brief>.yml. Each names the English file it translates and the revision
// it was made from, as a translated section does. A Spanish entry holds only its words: its id is the English
// entry's (the shared anchor), and what is not words (a milestone's date and themes, an entry's section and
// source) is read from the English file, so the two languages can never disagree about a fact.

/** An entry with a field the English file owns fails here, naming the field and where it is read from. */
const wordsOnly = (file: 'glossary' | 'timeline') => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${(issue.keys ?? []).join(', ')}: read from the English ${file} (content/${file}/), never written in a translation; remove it here`
      : undefined,
});

const translatedTerm = z.strictObject(
  {
    /** The English term's id: the anchor, the same in every language. */
    id: slug('term id'),
    term: text('term'),
    /** Words a reader of this language may search for (search reads them). */
    aliases: z.array(text('alias')).default([]),
    definition: text('definition'),
  },
  wordsOnly('glossary'),
);

const translatedMilestone = z.strictObject(
  {
    /** The English milestone's id: the anchor, the same in every language. */
    id: slug('milestone id'),
    title: text('milestone title'),
    text: text('milestone text'),
  },
  wordsOnly('timeline'),
);

/** Ids listed twice in a translation fail in the file itself, before it is compared with the English one. */
const uniqueIds = (field: 'terms' | 'milestones') => (entries: { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id "${entry.id}" is used twice in ${field}` });
    seen.add(entry.id);
  });
};

export const glossaryTranslationSchema = z.strictObject(
  {
    /** The English glossary it translates: the name of a file in content/glossary/ (the brief's id). */
    translationOf: slug('translationOf'),
    revision: revision(),
    terms: z.array(translatedTerm).min(1).superRefine(uniqueIds('terms')),
  },
  wordsOnly('glossary'),
);

export const timelineTranslationSchema = z.strictObject(
  {
    /** The English timeline it translates: the name of a file in content/timeline/ (the brief's id). */
    translationOf: slug('translationOf'),
    revision: revision(),
    milestones: z.array(translatedMilestone).min(1).superRefine(uniqueIds('milestones')),
  },
  wordsOnly('timeline'),
);

export type GlossaryTranslationData = z.infer<typeof glossaryTranslationSchema>;
export type TimelineTranslationData = z.infer<typeof timelineTranslationSchema>;
