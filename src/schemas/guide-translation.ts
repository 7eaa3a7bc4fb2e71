import { z } from 'astro/zod';
import { revision, slug, text } from './common';
import { actionStepIds, oneOf } from '../lib/vocabulary';

// A discussion guide in another language holds only words. Everything a meeting depends on (the agenda's
// minutes, each question's section and kind, each action's section) comes from the English guide it
// translates, so a translation cannot change a timing or point a question elsewhere. Its objects are strict:
// a field the English file owns is refused, by name, instead of being silently ignored.
const owned = (where: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `${(issue.keys ?? []).join(', ')}: ${where} take${(issue.keys ?? []).length === 1 ? 's' : ''} this from the English guide; remove it here`
    : undefined;

const agendaItem = z.strictObject(
  {
    title: text('agenda item title'),
    notes: z.string().default(''),
  },
  { error: owned('an agenda item') },
);

const question = z.strictObject(
  {
    /** The English question's permanent id, which is also its anchor in this language. */
    id: z.string({ error: 'question id is required: the id of the English question this translates' }),
    text: text('question text'),
  },
  { error: owned('a question') },
);

const part = z.strictObject(
  {
    /** The English part's id, which is also its anchor. */
    id: slug('part id'),
    title: text('part title'),
    intro: z.string().default(''),
    questions: z.array(question).min(1, { error: 'a part needs at least one question' }),
  },
  { error: owned('a part') },
);

const action = z.strictObject(
  {
    /** The English action's step at the same place, repeated so a reordered list is caught. */
    step: z.enum(actionStepIds, { error: `action step must be ${oneOf(actionStepIds)}` }),
    text: text('action text'),
  },
  { error: owned('an action') },
);

/**
 * A discussion guide in another language: content/translations/<locale>/guides/<English guide's file name>.yml.
 * It names the English guide it translates and the revision it was made from (npm run i18n:status prints it;
 * the build warns when the English file has changed since). The loader checks it against the English guide
 * (src/content-checks/guide-translation.ts): the same parts, questions, agenda items, agreements, actions and
 * topics, in the same order.
 */
export const guideTranslationSchema = z.strictObject(
  {
    /** The English guide's file name (content/guides/<name>.yml), which is its brief's id. */
    translationOf: slug('translationOf'),
    /** The first 12 hex characters of the SHA-256 of the English guide file it was translated from. */
    revision: revision(),
    title: text('title'),
    summary: text('summary')
      .min(40, { error: 'summary must be a full sentence' })
      .max(220, { error: 'summary must stay under 220 characters' }),
    purpose: text('purpose'),
    agenda: z.strictObject({ full: z.array(agendaItem), short: z.array(agendaItem) }, { error: owned('the agenda') }),
    agreements: z.array(text('agreement')),
    parts: z.array(part).min(1),
    actions: z.array(action),
    nextTopics: z.array(z.object({ title: text('next topic title'), text: text('next topic text') })).default([]),
  },
  { error: owned('a translated guide') },
);

export type GuideTranslationData = z.infer<typeof guideTranslationSchema>;
