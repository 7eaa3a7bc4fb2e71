import { z } from 'astro/zod';
import { slug, text } from './common';
import { sourceSchema } from './source';
import { oneOf, timelineThemes } from '../lib/vocabulary';

const milestone = z.object({
  /** Permanent anchor on the timeline page. */
  id: slug('milestone id'),
  /** Exact day, in quotes: "2000-10-28". */
  date: z
    .string({ error: 'date must be written in quotes as "YYYY-MM-DD"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date must be written as "YYYY-MM-DD"' }),
  title: text('milestone title'),
  text: text('milestone text'),
  themes: z.array(z.enum(timelineThemes, { error: `theme must be ${oneOf(timelineThemes)}` })).min(1),
  section: slug('milestone section'),
  source: sourceSchema.omit({ id: true }),
});

/** Milestones of a brief's policy history, in date order. */
export const timelineSchema = z
  .object({
    brief: slug('brief'),
    milestones: z.array(milestone).min(1),
  })
  .superRefine((timeline, ctx) => {
    timeline.milestones.forEach((item, index) => {
      const date = new Date(`${item.date}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== item.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', index, 'date'],
          message: `"${item.date}" is not a real date`,
        });
      }
      const previous = timeline.milestones[index - 1];
      if (previous && previous.date > item.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', index, 'date'],
          message: `milestones must be in date order: ${item.date} comes after ${previous.date}`,
        });
      }
    });
  });
export type TimelineData = z.infer<typeof timelineSchema>;
