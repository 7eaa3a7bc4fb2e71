// Which English sections and discussion guides have a translation, and whether it is up to date. A translation records the
// revision of the English file it was made from (the first 12 hex characters of its SHA-256); when the
// English file changes, the translation is stale until someone brings it up to date and records the new one.
// A content hash rather than git history: it needs no history (shallow CI clones, builds from an archive)
// and a rename or a rebase cannot make an untouched translation look stale.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatter, readTranslations } from './addresses.mjs';

/** The revision of an English file as a translation records it. */
export const revisionOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * The revision of an English folder translated as one file (a brief's corrections, content/corrections/<brief>/,
 * one file per entry): the same hash over each YAML file's name and text, in name order, so adding, removing,
 * renaming or rewording any entry changes it.
 */
export function folderRevisionOf(dir: string): string {
  const hash = createHash('sha256');
  for (const name of yamlFiles(dir))
    hash
      .update(`${name}\n`)
      .update(readFileSync(join(dir, name)))
      .update('\n');
  return hash.digest('hex').slice(0, 12);
}

/** What an English file is: a section (content/sections/) or a discussion guide (content/guides/). */
export type Kind = 'section' | 'guide';
export interface Original {
  brief: string;
  slug: string;
  revision: string;
  /** A section when not given. */
  kind?: Kind;
}
export interface TranslationRecord {
  locale: string;
  brief: string;
  slug: string;
  translationOf: string;
  revision: string;
  kind?: Kind;
}
export type State = 'missing' | 'up to date' | 'stale';
export interface StatusRow {
  locale: string;
  brief: string;
  kind: Kind;
  /** The English file's name: a section's, or a guide's (its brief's id). */
  section: string;
  state: State;
  /** The translation's own file name, when there is one. */
  translation?: string;
  /** The revision the translation was made from, and the English file's current one. */
  recorded?: string;
  current: string;
}

/** Every English section and guide in every other language: missing, up to date or stale. */
export function translationStatus(
  originals: Original[],
  translations: TranslationRecord[],
  locales: readonly string[],
): StatusRow[] {
  return locales.flatMap((locale) =>
    originals.map((original): StatusRow => {
      const kind = original.kind ?? 'section';
      const found = translations.find(
        (each) =>
          (each.kind ?? 'section') === kind &&
          each.locale === locale &&
          each.brief === original.brief &&
          each.translationOf === original.slug,
      );
      const row = { locale, brief: original.brief, kind, section: original.slug };
      if (!found) return { ...row, state: 'missing', current: original.revision };
      return {
        ...row,
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

const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
    : [];

/** The English discussion guides, content/guides/<brief>.yml, with their current revisions. */
export function readGuideOriginals(contentDir: string): Original[] {
  const root = join(contentDir, 'guides');
  return yamlFiles(root).map((name) => ({
    brief: name.replace(/\.ya?ml$/, ''),
    slug: name.replace(/\.ya?ml$/, ''),
    revision: revisionOf(readFileSync(join(root, name))),
    kind: 'guide',
  }));
}

/** Translated guides, content/translations/<locale>/guides/<English guide>.yml, as their files say. */
export function readGuideTranslations(contentDir: string): TranslationRecord[] {
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((locale) =>
    yamlFiles(join(root, locale, 'guides')).map((name) => {
      const data = (parse(readFileSync(join(root, locale, 'guides', name), 'utf8')) ?? {}) as Record<string, unknown>;
      const translationOf = String(data['translationOf'] ?? '');
      return {
        locale,
        brief: translationOf,
        slug: name.replace(/\.ya?ml$/, ''),
        translationOf,
        revision: String(data['revision'] ?? ''),
        kind: 'guide' as const,
      };
    }),
  );
}

/** The status of a content tree on disk: every section, then every guide. */
export const statusOf = (contentDir: string, locales: readonly string[]) =>
  translationStatus(
    [...readOriginals(contentDir), ...readGuideOriginals(contentDir)],
    [...readTranslations(contentDir), ...readGuideTranslations(contentDir)],
    locales,
  );

/** A site page (content/pages/<name>.mdx) or a brief's own words (content/briefs/<id>.yml) in another language. */
export interface OtherStatusRow {
  locale: string;
  /** The English file, from content/. */
  file: string;
  state: State;
  /** The translation's file, from content/, when there is one. */
  translation?: string;
  recorded?: string;
  current: string;
}

// The glossary and the timeline: one English file per brief (content/glossary/<brief>.yml,
// content/timeline/<brief>.yml), translated as one file (content/translations/<locale>/glossary/<brief>.yml…)
// that records the English file's revision the same way a section does. The corrections record: one English
// folder per brief (content/corrections/<brief>/), translated as one file (…/corrections/<brief>.yml) that
// records the folder's revision (folderRevisionOf).
export const referenceKinds = ['glossary', 'timeline', 'corrections'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export interface ReferenceOriginal {
  kind: ReferenceKind;
  /** The English file's name: the brief's id. */
  name: string;
  revision: string;
}
export interface ReferenceTranslation {
  locale: string;
  kind: ReferenceKind;
  /** The translation's own file name. */
  name: string;
  translationOf: string;
  revision: string;
}
export interface ReferenceStatusRow {
  locale: string;
  kind: ReferenceKind;
  /** The English file's name. */
  original: string;
  state: State;
  translation?: string;
  recorded?: string;
  current: string;
}

/**
 * The site's own pages and the briefs' own words in every other language: content/pages/<name>.mdx is
 * translated by translations/<locale>/pages/*.mdx naming it in translationOf, content/briefs/<id>.yml by
 * translations/<locale>/briefs/<id>.yml, and a brief's companion page, content/pages/<brief>/<name>.mdx, by
 * translations/<locale>/pages/<brief>/<name>.mdx.
 */
export function otherStatusOf(contentDir: string, locales: readonly string[]): OtherStatusRow[] {
  const list = (dir: string, pattern: RegExp) =>
    existsSync(join(contentDir, dir))
      ? readdirSync(join(contentDir, dir))
          .filter((name) => pattern.test(name))
          .sort()
      : [];
  const folders = (dir: string) =>
    existsSync(join(contentDir, dir))
      ? readdirSync(join(contentDir, dir), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort()
      : [];
  // A brief's companion pages, content/pages/<brief>/<name>.mdx, after the site's own.
  const companions = folders('pages').flatMap((brief) =>
    list(`pages/${brief}`, /\.mdx$/).map((name) => ({ file: `pages/${brief}/${name}` })),
  );
  const originals = [
    ...list('pages', /\.mdx$/).map((name) => ({ file: `pages/${name}`, key: name.replace(/\.mdx$/, '') })),
    ...companions,
    ...list('briefs', /\.ya?ml$/).map((name) => ({ file: `briefs/${name}`, key: name.replace(/\.ya?ml$/, '') })),
  ];
  return locales.flatMap((locale) => {
    const pages = list(`translations/${locale}/pages`, /\.mdx$/).map((name) => {
      const file = `translations/${locale}/pages/${name}`;
      const data = frontmatter(readFileSync(join(contentDir, file), 'utf8'));
      return { file, of: `pages/${String(data.translationOf ?? '')}.mdx`, revision: String(data.revision ?? '') };
    });
    // Named like the English file: translations/<locale>/pages/<brief>/<name>.mdx translates pages/<brief>/<translationOf>.mdx.
    const companionPages = folders(`translations/${locale}/pages`).flatMap((brief) =>
      list(`translations/${locale}/pages/${brief}`, /\.mdx$/).map((name) => {
        const file = `translations/${locale}/pages/${brief}/${name}`;
        const data = frontmatter(readFileSync(join(contentDir, file), 'utf8'));
        return {
          file,
          of: `pages/${brief}/${String(data.translationOf ?? '')}.mdx`,
          revision: String(data.revision ?? ''),
        };
      }),
    );
    const briefs = list(`translations/${locale}/briefs`, /\.ya?ml$/).map((name) => {
      const file = `translations/${locale}/briefs/${name}`;
      const data = (parse(readFileSync(join(contentDir, file), 'utf8')) ?? {}) as Record<string, unknown>;
      return { file, of: `briefs/${name}`, revision: String(data.revision ?? '') };
    });
    return originals.map(({ file }): OtherStatusRow => {
      const current = revisionOf(readFileSync(join(contentDir, file)));
      const found = [...pages, ...companionPages, ...briefs].find((each) => each.of === file);
      if (!found) return { locale, file, state: 'missing', current };
      const state = found.revision === current ? 'up to date' : 'stale';
      return { locale, file, state, translation: found.file, recorded: found.revision, current };
    });
  });
}

/** Every English glossary, timeline and corrections record in every other language: missing, up to date or stale. */
export function referenceStatus(
  originals: ReferenceOriginal[],
  translations: ReferenceTranslation[],
  locales: readonly string[],
): ReferenceStatusRow[] {
  return locales.flatMap((locale) =>
    originals.map((original): ReferenceStatusRow => {
      const found = translations.find(
        (each) => each.locale === locale && each.kind === original.kind && each.translationOf === original.name,
      );
      const row = { locale, kind: original.kind, original: original.name, current: original.revision };
      if (!found) return { ...row, state: 'missing' };
      return {
        ...row,
        state: found.revision === original.revision ? 'up to date' : 'stale',
        translation: found.name,
        recorded: found.revision,
      };
    }),
  );
}

/** The English glossaries, timelines and corrections records under <contentDir>, with their current revisions. */
export function readReferenceOriginals(contentDir: string): ReferenceOriginal[] {
  return referenceKinds.flatMap((kind): ReferenceOriginal[] =>
    kind === 'corrections'
      ? correctionFolders(contentDir).map((name) => ({
          kind,
          name,
          revision: folderRevisionOf(join(contentDir, kind, name)),
        }))
      : yamlFiles(join(contentDir, kind)).map((name) => ({
          kind,
          name: name.replace(/\.ya?ml$/, ''),
          revision: revisionOf(readFileSync(join(contentDir, kind, name))),
        })),
  );
}

/** The briefs with a corrections record: each folder of <contentDir>/corrections/ that holds a YAML file. */
export function correctionFolders(contentDir: string): string[] {
  const root = join(contentDir, 'corrections');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && yamlFiles(join(root, entry.name)).length > 0)
    .map((entry) => entry.name)
    .sort();
}

/** The translated glossaries, timelines and corrections records under <contentDir>/translations/<locale>/<kind>/. */
export function readReferenceTranslations(contentDir: string): ReferenceTranslation[] {
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((locale) =>
    referenceKinds.flatMap((kind) =>
      yamlFiles(join(root, locale, kind)).map((name) => {
        const data = (parse(readFileSync(join(root, locale, kind, name), 'utf8')) ?? {}) as Record<string, unknown>;
        return {
          locale,
          kind,
          name: name.replace(/\.ya?ml$/, ''),
          translationOf: String(data['translationOf'] ?? ''),
          revision: String(data['revision'] ?? ''),
        };
      }),
    ),
  );
}

/** The glossary, timeline and corrections status of a content tree on disk. */
export const referenceStatusOf = (contentDir: string, locales: readonly string[]) =>
  referenceStatus(readReferenceOriginals(contentDir), readReferenceTranslations(contentDir), locales);

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
