import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier: it becomes part of a URL or an anchor, so it must stay stable. */
export const slug = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${what} must be lowercase letters, digits and single hyphens (like "section-230")`,
    });

/** Outbound links are https only: readers may be on hostile networks. */
export const httpsUrl = z
  .string({ error: 'url is required' })
  .url({ error: 'url must be a full address, like https://example.org/page' })
  .refine((value) => value.startsWith('https://'), { error: 'url must start with https://' });

/** A calendar date written as YYYY-MM-DD; anything else (or an impossible day) fails with a readable message. */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'date must be written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const date = new Date(`${text}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a real date written as YYYY-MM-DD` });
      return z.NEVER;
    }
    return date;
  });
