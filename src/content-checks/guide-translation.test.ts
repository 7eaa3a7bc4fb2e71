// A translated guide on plain objects: its schema refuses what only the English guide may say (minutes, a
// question's section), and the check against the English guide refuses a dropped, added, renamed or moved
// question, part, agenda item, agreement or action, naming the file, the field and the reason.
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../schemas/guide';
import { guideTranslationSchema, type GuideTranslationData } from '../schemas/guide-translation';
import { checkGuideTranslation } from './guide-translation';

const FILE = 'content/translations/es/guides/sample.yml';
const ENGLISH_FILE = 'content/guides/sample.yml';
const item = (minutes: number, title: string) => ({ minutes, title, notes: '' });
const english = guideSchema.parse({
  brief: 'sample',
  title: 'Discussion guide: Sample',
  summary: 'A plan for a circle on the sample brief, with agreements, an agenda and questions.',
  purpose: 'To talk it through.',
  agenda: {
    full: [item(30, 'Welcome'), item(50, 'Questions'), item(10, 'Close')],
    short: [item(20, 'Welcome'), item(30, 'Questions'), item(10, 'Close')],
  },
  agreements: ['One voice at a time.', 'You may pass.', 'What is said here stays here.'],
  parts: [
    {
      id: 'first',
      title: 'First part',
      minutes: 30,
      questions: [
        { id: 'q-one', section: 'intro', kind: 'learn', text: 'One?' },
        { id: 'q-two', section: 'intro', kind: 'think', text: 'Two?' },
      ],
    },
    { id: 'second', title: 'Second part', questions: [{ id: 'q-three', section: 'end', kind: 'act', text: 'Three?' }] },
  ],
  actions: ['measure', 'identify', 'reach-out', 'plan', 'execute'].map((step) => ({ step, text: `Do ${step}.` })),
  nextTopics: [{ title: 'Next', text: 'Later.' }],
});
const spanish = () => ({
  translationOf: 'sample',
  revision: '0123456789ab',
  title: 'Guía de conversación: Ejemplo',
  summary: 'Un plan para un círculo sobre el informe de ejemplo, con acuerdos, una agenda y preguntas.',
  purpose: 'Para conversar.',
  agenda: {
    full: [{ title: 'Bienvenida' }, { title: 'Preguntas' }, { title: 'Cierre' }],
    short: [{ title: 'Bienvenida' }, { title: 'Preguntas' }, { title: 'Cierre' }],
  },
  agreements: ['Una voz a la vez.', 'Puede pasar.', 'Lo que se dice aquí se queda aquí.'],
  parts: [
    {
      id: 'first',
      title: 'Primera parte',
      questions: [
        { id: 'q-one', text: '¿Una?' },
        { id: 'q-two', text: '¿Dos?' },
      ],
    },
    { id: 'second', title: 'Segunda parte', questions: [{ id: 'q-three', text: '¿Tres?' }] },
  ],
  actions: english.actions.map((action) => ({ step: action.step, text: `Paso ${action.step}.` })),
  nextTopics: [{ title: 'Después', text: 'Más tarde.' }],
});
type Draft = ReturnType<typeof spanish>;

/** The schema's first complaint as the writer reads it, or undefined. */
function schemaError(draft: unknown): string | undefined {
  const result = guideTranslationSchema.safeParse(draft);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return `${issue!.path.join('.')}: ${issue!.message}`;
}
/** The check's complaint for a draft that passes the schema, or undefined. */
function checkError(change: (draft: Draft) => void): string | undefined {
  const draft = spanish();
  change(draft);
  const data: GuideTranslationData = guideTranslationSchema.parse(draft);
  try {
    checkGuideTranslation(FILE, data, english, ENGLISH_FILE);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a translated guide, on its own (schema)', () => {
  it('accepts words only', () => {
    expect(schemaError(spanish())).toBeUndefined();
  });
  it('refuses minutes: the English guide times the meeting', () => {
    const draft = spanish() as Draft & { agenda: { full: Record<string, unknown>[] } };
    draft.agenda.full[0]!['minutes'] = 10;
    expect(schemaError(draft)).toBe(
      'agenda.full.0: minutes: an agenda item takes this from the English guide; remove it here',
    );
  });
  it("refuses a question's section: a question draws on the section the English guide names", () => {
    const draft = spanish() as Draft & { parts: { questions: Record<string, unknown>[] }[] };
    draft.parts[0]!.questions[0]!['section'] = 'otra';
    expect(schemaError(draft)).toBe(
      'parts.0.questions.0: section: a question takes this from the English guide; remove it here',
    );
  });
  it('needs the revision it was made from', () => {
    const { revision: _revision, ...draft } = spanish();
    expect(schemaError(draft)).toMatch(/^revision: revision is required/);
  });
});

describe('a translated guide against the English guide', () => {
  it('passes when it translates every part, question, item, agreement, action and topic in order', () => {
    expect(checkError(() => undefined)).toBeUndefined();
  });
  it('fails naming a dropped question', () => {
    expect(checkError((draft) => draft.parts[0]!.questions.pop())).toBe(
      `${FILE}: parts: the question "q-two" of ${ENGLISH_FILE} is missing; a translation keeps every question, under its id`,
    );
  });
  it('fails naming a question given another id', () => {
    expect(checkError((draft) => (draft.parts[1]!.questions[0]!.id = 'q-tres'))).toBe(
      `${FILE}: parts: the question "q-three" of ${ENGLISH_FILE} is missing; a translation keeps every question, under its id`,
    );
  });
  it('fails naming questions out of order', () => {
    expect(checkError((draft) => draft.parts[0]!.questions.reverse())).toBe(
      `${FILE}: parts.0.questions.0.id: is "q-two", but question 1 of the part "first" in ${ENGLISH_FILE} is "q-one"; keep the English questions' ids, in their order`,
    );
  });
  it('fails naming an added question', () => {
    expect(checkError((draft) => draft.parts[1]!.questions.push({ id: 'q-one', text: '¿Otra vez?' }))).toBe(
      `${FILE}: parts.1.questions.1.id: "q-one" is not a question of the part "second" in ${ENGLISH_FILE}; a translation adds no question`,
    );
  });
  it('fails naming a part moved or renamed', () => {
    expect(checkError((draft) => (draft.parts[1]!.id = 'segunda'))).toBe(
      `${FILE}: parts.1.id: is "segunda", but part 2 of ${ENGLISH_FILE} is "second"; keep the English parts' ids, in their order`,
    );
  });
  it('fails naming a dropped agenda item, so no timing can go missing', () => {
    expect(checkError((draft) => draft.agenda.short.pop())).toBe(
      `${FILE}: agenda.short: has 2 items, ${ENGLISH_FILE} has 3; translate each one, in the same order`,
    );
  });
  it('fails naming a dropped agreement', () => {
    expect(checkError((draft) => draft.agreements.pop())).toBe(
      `${FILE}: agreements: has 2 agreements, ${ENGLISH_FILE} has 3; translate each one, in the same order`,
    );
  });
  it('fails naming an action out of place', () => {
    expect(checkError((draft) => draft.actions.reverse())).toBe(
      `${FILE}: actions.0.step: is "execute", but action 1 of ${ENGLISH_FILE} is a "measure" step; keep the English actions' order`,
    );
  });
  it('fails naming a dropped topic', () => {
    expect(checkError((draft) => draft.nextTopics.pop())).toBe(
      `${FILE}: nextTopics: has 0 topics, ${ENGLISH_FILE} has 1; translate each one, in the same order`,
    );
  });
});
