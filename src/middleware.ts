// Content checks run before the first page renders, whichever page that is: a cross-file mistake fails the
// build even when no page happens to read the files involved.
import { defineMiddleware } from 'astro:middleware';
import { checkContent } from './content-checks';

export const onRequest = defineMiddleware(async (_context, next) => {
  await checkContent();
  return next();
});
