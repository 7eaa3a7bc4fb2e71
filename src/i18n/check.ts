// The type checker catches a missing key in a dictionary; this catches it again in the build (and in a
// build that skipped astro check), naming the file, the key and so the language.
import { en } from './en';
import { dictionaries } from './index';

export function dictionaryProblems(
  reference: Record<string, string>,
  others: Record<string, Record<string, unknown>>,
): string[] {
  return Object.entries(others).flatMap(([locale, dictionary]) => {
    const file = `src/i18n/${locale}.ts`;
    return [
      ...Object.keys(reference)
        .filter((key) => !(key in dictionary))
        .map((key) => `${file}: missing key '${key}'`),
      ...Object.entries(dictionary)
        .filter(([key]) => key in reference)
        .filter(([, value]) => typeof value !== 'string')
        .map(([key]) => `${file}: key '${key}' is not text`),
      ...Object.keys(dictionary)
        .filter((key) => !(key in reference))
        .map((key) => `${file}: key '${key}' is not in src/i18n/en.ts`),
    ];
  });
}

/** Throws, listing every problem, when a dictionary lacks a key of en.ts or has one en.ts does not. */
export function checkDictionaries(
  others: Record<string, Record<string, unknown>> = Object.fromEntries(
    Object.entries(dictionaries).filter(([locale]) => locale !== 'en'),
  ),
): void {
  const problems = dictionaryProblems(en, others);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
