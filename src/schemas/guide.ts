import { z } from 'astro/zod';
import { slug, text } from './common';
import { actionStepIds, oneOf } from '../lib/vocabulary';

const agendaItem = z.object({
  minutes: z.number({ error: 'minutes must be a number' }).int().positive({ error: 'minutes must be positive' }),
  title: text('agenda item title'),
  /** What the leader does in this part, one or two sentences. */
  notes: z.string().default(''),
});

const question = z.object({
  /** Permanent anchor (#q-…): written by hand, never derived from the wording, so editing a question keeps its link. */
  id: z.string({ error: 'question id is required' }).regex(/^q-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'question id must start with "q-" and use lowercase letters, digits and hyphens',
  }),
  /** The section (file name) the question draws on. */
  section: slug('question section'),
  /** learn: what did you learn; think: what do you think; act: what could we do here; weigh: trade-offs between approaches. */
  kind: z.enum(['learn', 'think', 'act', 'weigh'], { error: 'question kind must be learn, think, act or weigh' }),
  text: text('question text'),
});

const part = z.object({
  id: slug('part id'),
  title: text('part title'),
  /** Suggested minutes for this part in the 90-minute meeting. */
  minutes: z.number().int().positive().optional(),
  intro: z.string().default(''),
  questions: z.array(question).min(1, { error: 'a part needs at least one question' }),
});

const action = z.object({
  /** One of the brief's five steps. */
  step: z.enum(actionStepIds, { error: `action step must be ${oneOf(actionStepIds)}` }),
  text: text('action text'),
  /** A section (file name) the action draws on; the guide links to it. */
  section: slug('action section').optional(),
});

/** A discussion guide: one per brief, the page circle leaders share, print and run a meeting from. */
export const guideSchema = z
  .object({
    brief: slug('brief'),
    title: text('title'),
    summary: text('summary')
      .min(40, { error: 'summary must be a full sentence' })
      .max(220, { error: 'summary must stay under 220 characters' }),
    purpose: text('purpose'),
    agenda: z.object({
      full: z.array(agendaItem).min(3, { error: 'the 90-minute agenda needs at least three parts' }),
      short: z.array(agendaItem).min(3, { error: 'the 60-minute agenda needs at least three parts' }),
    }),
    agreements: z.array(text('agreement')).min(3, { error: 'list at least three conversation agreements' }),
    parts: z.array(part).min(1),
    actions: z.array(action).min(5, { error: 'give at least one action for each of the five steps' }),
    nextTopics: z.array(z.object({ title: text('next topic title'), text: text('next topic text') })).default([]),
  })
  .superRefine((guide, ctx) => {
    const total = (items: { minutes: number }[]) => items.reduce((sum, item) => sum + item.minutes, 0);
    if (total(guide.agenda.full) !== 90)
      ctx.addIssue({
        code: 'custom',
        path: ['agenda', 'full'],
        message: `the full agenda adds up to ${total(guide.agenda.full)} minutes, not 90`,
      });
    if (total(guide.agenda.short) !== 60)
      ctx.addIssue({
        code: 'custom',
        path: ['agenda', 'short'],
        message: `the short agenda adds up to ${total(guide.agenda.short)} minutes, not 60`,
      });
    const seen = new Map<string, string>();
    guide.parts.forEach((part, p) =>
      part.questions.forEach((q, i) => {
        const where = `parts[${p}].questions[${i}]`;
        const earlier = seen.get(q.id);
        if (earlier)
          ctx.addIssue({
            code: 'custom',
            path: ['parts', p, 'questions', i, 'id'],
            message: `question id "${q.id}" is already used at ${earlier}; every question needs its own permanent id`,
          });
        seen.set(q.id, where);
      }),
    );
  });

export type GuideData = z.infer<typeof guideSchema>;
export type GuideQuestion = z.infer<typeof question>;
