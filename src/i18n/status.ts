// Which English sections and discussion guides have a translation, and whether it is up to date. A translation records the
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
