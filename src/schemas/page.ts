import { z } from 'astro/zod';
import { text } from './common';

/** A standalone page of the site (about, privacy): prose kept in content/, not in code. */
export const pageSchema = z.object({
  title: text('title'),
  summary: text('summary').min(40, { error: 'summary must be a full sentence' }).max(220, { error: 'summary must stay under 220 characters' }),
});
