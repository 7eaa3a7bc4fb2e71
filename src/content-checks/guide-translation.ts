// A translated discussion guide against the English guide it translates: the same parts and questions, by
// id and in order, and as many agenda items, agreements, actions (each at its step) and next topics. A leader
// who prints either language runs the same meeting, and a question's link means the same question in both.
// Pure, so it is tested on plain objects; src/content-loaders/guide-translations.ts runs it on every build.
import { ContentError } from './content-error';
import type { GuideData } from '../schemas/guide';
import type { GuideTranslationData } from '../schemas/guide-translation';

/** Throws a ContentError naming the translation's file, the field and the reason at the first difference. */
export function checkGuideTranslation(
  file: string,
  translation: GuideTranslationData,
  english: GuideData,
  englishFile: string,
): void {
  const fail = (field: string, reason: string) => new ContentError(file, field, reason);
  const sameCount = (field: string, ours: unknown[], theirs: unknown[], what: string) => {
    if (ours.length !== theirs.length)
      throw fail(
        field,
        `has ${ours.length} ${what}, ${englishFile} has ${theirs.length}; translate each one, in the same order`,
      );
  };

  sameCount('agenda.full', translation.agenda.full, english.agenda.full, 'items');
  sameCount('agenda.short', translation.agenda.short, english.agenda.short, 'items');
  sameCount('agreements', translation.agreements, english.agreements, 'agreements');

  const englishIds = english.parts.flatMap((part) => part.questions.map((question) => question.id));
  const ownIds = new Set(translation.parts.flatMap((part) => part.questions.map((question) => question.id)));
  const missing = englishIds.find((id) => !ownIds.has(id));
  if (missing)
    throw fail(
      'parts',
      `the question "${missing}" of ${englishFile} is missing; a translation keeps every question, under its id`,
    );
  english.parts.forEach((englishPart, p) => {
    const part = translation.parts[p];
    if (!part || part.id !== englishPart.id)
      throw fail(
        `parts.${p}.id`,
        `is ${part ? `"${part.id}"` : 'missing'}, but part ${p + 1} of ${englishFile} is "${englishPart.id}"; keep the English parts' ids, in their order`,
      );
    englishPart.questions.forEach((englishQuestion, q) => {
      const question = part.questions[q];
      if (question?.id !== englishQuestion.id)
        throw fail(
          `parts.${p}.questions.${q}.id`,
          `is ${question ? `"${question.id}"` : 'missing'}, but question ${q + 1} of the part "${englishPart.id}" in ${englishFile} is "${englishQuestion.id}"; keep the English questions' ids, in their order`,
        );
    });
    const extra = part.questions[englishPart.questions.length];
    if (extra)
      throw fail(
        `parts.${p}.questions.${englishPart.questions.length}.id`,
        `"${extra.id}" is not a question of the part "${englishPart.id}" in ${englishFile}; a translation adds no question`,
      );
  });
  const extraPart = translation.parts[english.parts.length];
  if (extraPart)
    throw fail(
      `parts.${english.parts.length}.id`,
      `"${extraPart.id}" is not a part of ${englishFile}; a translation adds no part`,
    );

  sameCount('actions', translation.actions, english.actions, 'actions');
  translation.actions.forEach((action, a) => {
    const step = english.actions[a]!.step;
    if (action.step !== step)
      throw fail(
        `actions.${a}.step`,
        `is "${action.step}", but action ${a + 1} of ${englishFile} is a "${step}" step; keep the English actions' order`,
      );
  });
  sameCount('nextTopics', translation.nextTopics, english.nextTopics, 'topics');
}
