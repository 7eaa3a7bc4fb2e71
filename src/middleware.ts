// Content and dictionary checks run before the first page renders, whichever page that is: a cross-file mistake fails the
// build even when no page happens to read the files involved.
import { defineMiddleware } from 'astro:middleware';
import { checkContent } from './content-checks';
import { checkDictionaries } from './i18n/check';

export const onRequest = defineMiddleware(async (_context, next) => {
  await checkContent();
  // The interface dictionaries: a missing key fails the build with the language's file and the key.
  checkDictionaries();
  return next();
});
