// What every translation shares, whatever it translates: the language folder it sits in, and the revision of the
// English file it was made from. A wrong folder fails the build; a stale revision only warns, so an English fix can
// be published before its translation catches up (npm run i18n:status lists what to bring up to date).
import { readFileSync } from 'node:fs';
import { ContentError } from '../content-checks/content-error';
import { locales, type Locale } from '../i18n';
import { folderRevisionOf, revisionOf } from '../i18n/status';

/** The language of a translation, from the first folder of its collection id (content/translations/<locale>/…). */
export function localeOfFolder(file: string, id: string): Locale {
  const [folder = ''] = id.split('/');
  const locale = locales.find((candidate) => candidate !== 'en' && candidate === folder);
  if (!locale)
    throw new ContentError(
      file,
      'folder',
      `"${folder}" is not a language of the site (${locales.filter((each) => each !== 'en').join(', ')})`,
    );
  return locale;
}

/** Warns when the English file changed since the translation recorded its revision. */
export function warnIfStale(file: string, recorded: string, englishFile: string): void {
  const current = revisionOf(readFileSync(englishFile));
  if (current !== recorded)
    console.warn(
      `${file}: stale translation: made from revision ${recorded} of ${englishFile}, which is now ${current}. Bring it up to date, then record the new revision (npm run i18n:status).`,
    );
}

/** Warns when a folder translated as one file (a brief's corrections) changed since its recorded revision. */
export function warnIfStaleFolder(file: string, recorded: string, englishFolder: string): void {
  const current = folderRevisionOf(englishFolder);
  if (current !== recorded)
    console.warn(
      `${file}: stale translation: made from revision ${recorded} of ${englishFolder}, which is now ${current}. Bring it up to date, then record the new revision (npm run i18n:status).`,
    );
}
