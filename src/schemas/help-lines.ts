import { z } from 'astro/zod';
import { httpsUrl, isoDate, slug, text } from './common';
import { sourceSchema } from './source';

/** The letters on a phone keypad, so a number written as words ("1-877-4-HSI-TIP") can be checked against its digits. */
const keypad: Record<string, string> = Object.fromEntries(
  ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'].flatMap((letters, index) =>
    [...letters].map((letter) => [letter, String(index + 2)]),
  ),
);
export const keypadDigits = (written: string) =>
  [...written.toLowerCase()]
    .map((char) => keypad[char] ?? char)
    .join('')
    .replace(/\D/g, '');

/** One way to reach a line: what a reader sees, and what the phone dials. */
const channel = z
  .object({
    /** As the source writes it: "1-888-373-7888", "1-877-4-HSI-TIP". */
    display: text('display'),
    /** Digits only, with an optional leading + and country code: "+18883737888". */
    dial: z
      .string({ error: 'dial is required (the digits the phone dials)' })
      .regex(/^\+?\d{3,15}$/, { error: 'dial must be digits only, with an optional leading +, like "+18883737888"' }),
  })
  .superRefine((value, ctx) => {
    // The digits dialled must be the number shown: a typo in either would send a reader to a stranger.
    const shown = keypadDigits(value.display);
    const dialled = value.dial.replace(/^\+/, '');
    if (dialled !== shown && dialled !== `1${shown}`) {
      ctx.addIssue({
        code: 'custom',
        path: ['dial'],
        message: `"${value.dial}" does not dial the number shown, "${value.display}" (${shown} on a keypad)`,
      });
    }
  });

const line = z.object({
  /** Used by <HelpLine id="…"> and the site chrome; never rename. */
  id: slug('help line id'),
  name: text('name'),
  /** The line's own name in other languages, by locale, as the line or an agency writes it: { es: "…" }. */
  names: z.record(z.string(), text('names')).default({}),
  phone: channel.optional(),
  text: channel.optional(),
  tty: channel.optional(),
  url: httpsUrl.optional(),
  /** When the details were last confirmed in the sources below. */
  checked: isoDate,
  /** What a reader or editor must know about how current each detail is. */
  note: z.string().default(''),
  sources: z
    .array(sourceSchema.omit({ id: true }))
    .min(1, { error: 'every help line must name the source its numbers were read in' }),
});

/** Every number the site prints for help or reporting, each with its source. */
export const helpLinesSchema = z.object({ lines: z.array(line).min(1) }).superRefine((value, ctx) => {
  const seen = new Set<string>();
  value.lines.forEach((entry, index) => {
    if (seen.has(entry.id))
      ctx.addIssue({
        code: 'custom',
        path: ['lines', index, 'id'],
        message: `help line id "${entry.id}" is used twice`,
      });
    seen.add(entry.id);
    if (!entry.phone && !entry.text)
      ctx.addIssue({
        code: 'custom',
        path: ['lines', index],
        message: `help line "${entry.id}" needs a phone or a text number`,
      });
    if (entry.id === 'hotline' && (!entry.phone || !entry.text || !entry.tty)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', index],
        message: 'the hotline needs phone, text and tty: every page shows all three',
      });
    }
  });
  if (!seen.has('hotline'))
    ctx.addIssue({
      code: 'custom',
      path: ['lines'],
      message: 'needs a line with id "hotline": the safety bar on every page shows it',
    });
});

export type HelpLine = z.infer<typeof line>;
export type HelpLinesData = z.infer<typeof helpLinesSchema>;
