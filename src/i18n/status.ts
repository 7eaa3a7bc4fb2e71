// Which English sections have a translation, and whether it is up to date. A translation records the
// revision of the English file it was made from (the first 12 hex characters of its SHA-256); when the
// English file changes, the translation is stale until someone brings it up to date and records the new one.
// A content hash rather than git history: it needs no history (shallow CI clones, builds from an archive)
// and a rename or a rebase cannot make an untouched translation look stale.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readTranslations } from './addresses.mjs';

/** The revision of an English file as a translation records it. */
export const revisionOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface Original {
  brief: string;
  slug: string;
  revision: string;
}
export interface TranslationRecord {
  locale: string;
  brief: string;
  slug: string;
  translationOf: string;
  revision: string;
}
export type State = 'missing' | 'up to date' | 'stale';
export interface StatusRow {
  locale: string;
  brief: string;
  /** The English section's file name. */
  section: string;
  state: State;
  /** The translation's own file name, when there is one. */
  translation?: string;
  /** The revision the translation was made from, and the English file's current one. */
  recorded?: string;
  current: string;
}

/** Every English section in every other language: missing, up to date or stale. */
export function translationStatus(
  originals: Original[],
  translations: TranslationRecord[],
  locales: readonly string[],
): StatusRow[] {
  return locales.flatMap((locale) =>
    originals.map((original): StatusRow => {
      const found = translations.find(
        (each) => each.locale === locale && each.brief === original.brief && each.translationOf === original.slug,
      );
      if (!found)
        return { locale, brief: original.brief, section: original.slug, state: 'missing', current: original.revision };
      return {
        locale,
        brief: original.brief,
        section: original.slug,
        state: found.revision === original.revision ? 'up to date' : 'stale',
        translation: found.slug,
        recorded: found.revision,
        current: original.revision,
      };
    }),
  );
}

/** The English sections under <contentDir>/sections/<brief>/, with their current revisions. */
export function readOriginals(contentDir: string): Original[] {
  const root = join(contentDir, 'sections');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((brief) =>
    readdirSync(join(root, brief))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => ({
        brief,
        slug: name.replace(/\.mdx$/, ''),
        revision: revisionOf(readFileSync(join(root, brief, name))),
      })),
  );
}

/** The status of a content tree on disk. */
export const statusOf = (contentDir: string, locales: readonly string[]) =>
  translationStatus(readOriginals(contentDir), readTranslations(contentDir), locales);

// Datasets: a translation holds a dataset's words (content/translations/<locale>/data/<dataset>.yml, named like the
// English file) and records the revision of the English data file, as a section translation does.

export interface DatasetOriginal {
  dataset: string;
  revision: string;
}
export interface DatasetTranslationRecord {
  locale: string;
  dataset: string;
  revision: string;
}
export interface DatasetStatusRow {
  locale: string;
  /** The English data file's name without its extension. */
  dataset: string;
  state: State;
  recorded?: string;
  current: string;
}

/** Every English dataset in every other language: missing, up to date or stale. */
export function datasetStatus(
  originals: DatasetOriginal[],
  translations: DatasetTranslationRecord[],
  locales: readonly string[],
): DatasetStatusRow[] {
  return locales.flatMap((locale) =>
    originals.map((original): DatasetStatusRow => {
      const found = translations.find((each) => each.locale === locale && each.dataset === original.dataset);
      if (!found) return { locale, dataset: original.dataset, state: 'missing', current: original.revision };
      return {
        locale,
        dataset: original.dataset,
        state: found.revision === original.revision ? 'up to date' : 'stale',
        recorded: found.revision,
        current: original.revision,
      };
    }),
  );
}

const dataFile = /\.(?:ya?ml|json)$/;

/** The English datasets under <contentDir>/data/, with their current revisions. */
export function readDatasetOriginals(contentDir: string): DatasetOriginal[] {
  const root = join(contentDir, 'data');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => dataFile.test(name))
    .sort()
    .map((name) => ({ dataset: name.replace(dataFile, ''), revision: revisionOf(readFileSync(join(root, name))) }));
}

/** The dataset translations under <contentDir>/translations/<locale>/data/, with the revision each records. */
export function readDatasetTranslations(contentDir: string): DatasetTranslationRecord[] {
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((locale) => {
    const folder = join(root, locale, 'data');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => {
        const data = (parse(readFileSync(join(folder, name), 'utf8')) ?? {}) as Record<string, unknown>;
        return { locale, dataset: name.replace(/\.ya?ml$/, ''), revision: String(data['revision'] ?? '') };
      });
  });
}

/** The status of a content tree's datasets on disk. */
export const datasetStatusOf = (contentDir: string, locales: readonly string[]) =>
  datasetStatus(readDatasetOriginals(contentDir), readDatasetTranslations(contentDir), locales);
