import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier: it becomes part of a URL or an anchor, so it must stay stable. */
export const slug = (what: string) =>
  z.string({ error: `${what} must be text` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `${what} must be lowercase letters, digits and single hyphens (like "section-230")`,
  });

/** Required text: missing or empty fails with the field's name, not a bare "Required". */
export const text = (field: string) =>
  z
    .string({ error: `${field} is required (text)` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/**
 * A translation's record of the English text it was made from: the first 12 hex characters of the SHA-256 of
 * that file (npm run i18n:status prints it), so a change there shows the translation is out of date.
 */
export const revision = (of = 'English file') =>
  z
    .string({
      error: `revision is required: the first 12 hex characters of the ${of} it was translated from (npm run i18n:status prints it)`,
    })
    .regex(/^[0-9a-f]{12}$/, {
      error: `revision must be the first 12 hex characters of the SHA-256 of the ${of} (npm run i18n:status prints it)`,
    });

/** Outbound links are https only: readers may be on hostile networks. */
export const httpsUrl = z
  .string({ error: 'url is required' })
  .url({ error: 'url must be a full address, like https://example.org/page' })
  .refine((value) => value.startsWith('https://'), { error: 'url must start with https://' });

/**
 * A calendar date written in quotes as "YYYY-MM-DD". Quotes are required: the YAML parser turns a bare
 * 2026-02-30 into March 2 without a word, so only the written text can be checked for impossible days.
 */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'date must be written in quotes as "YYYY-MM-DD"' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message: `write the date in quotes, like "${value.toISOString().slice(0, 10)}", so an impossible day cannot slip through`,
      });
      return z.NEVER;
    }
    const date = new Date(`${value}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== value
    ) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date written as YYYY-MM-DD` });
      return z.NEVER;
    }
    return date;
  });

/** A required date field: missing says which field and what it records; a wrong value gets isoDate's reason. */
export const requiredDate = (field: string, what: string) =>
  z
    .union([z.string(), z.date()], {
      error: (issue) =>
        issue.input === undefined
          ? `${field} is required: ${what}, written in quotes as "YYYY-MM-DD"`
          : `${field} must be written in quotes as "YYYY-MM-DD"`,
    })
    .pipe(isoDate);
