import { z } from 'astro/zod';
import { text } from './common';

const phrase = (field: string) =>
  text(field).refine((value) => /[\p{L}\p{N}]/u.test(value), { error: `${field} must contain a word` });

/** One reviewed alternative wording for search (content/search/synonyms.yml). */
const synonym = z.object({
  /** What readers type. */
  when: z.array(phrase('when phrase')).min(1, { error: 'when must list at least one phrase readers type' }),
  /** The words the site uses for it; each is searched as its own wording. */
  search: z.array(phrase('search phrase')).min(1, { error: 'search must list at least one phrase the site uses' }),
  /** Which reader wording this serves, so a reviewer can judge it. */
  why: text('why'),
  /** The reader's phrase only ever means the first search phrase: search that in its place, not beside it. */
  replaces: z.boolean().default(false),
});

export const synonymsSchema = z.object({
  /** The language of the readers' words and the site's: search on a page in that language applies this file. */
  lang: z.enum(['en', 'es'], { error: 'lang must be en or es, a language of the site' }).default('en'),
  /** Topics search suggests before the reader types, for a language whose brief does not list its own (English
   *  uses each brief's `topics`). */
  topics: z.array(phrase('topic')).optional(),
  synonyms: z.array(synonym).min(1),
});
