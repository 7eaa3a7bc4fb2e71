// A brief's companion pages in other languages (content/translations/<locale>/pages/<brief>/<name>.mdx, named like
// the English file content/pages/<brief>/<name>.mdx), each joined to its brief and the English page it translates.
// Like a section's translation, it cites the English page's sources by their ids, and one whose English file
// changed since it was made is reported as stale. Its address is the name src/lib/page-names.mjs gives it.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import { withFile } from './brief-model';
import { localeOfFolder, warnIfStale } from './translation-record';
import { loadBriefs, sectionSlug, type LoadedBrief, type Page } from './briefs';
import { mdxTags } from '../lib/mdx-tags';
import type { Locale } from '../i18n';
import { companionPagePath } from '../i18n/addresses.mjs';
import { companionPageNamesIn } from '../lib/page-names.mjs';

export type CompanionTranslation = CollectionEntry<'companionTranslations'> & {
  filePath: string;
  locale: Locale;
  brief: LoadedBrief;
  /** The English companion page it translates: its sources, its section and its numbers. */
  original: Page;
  /** Site path, e.g. "es/trata-de-personas/planes-de-accion/". */
  path: string;
};

let cache: Promise<CompanionTranslation[]> | undefined;

export function loadCompanionTranslations(): Promise<CompanionTranslation[]> {
  cache ??= (async () => {
    await checkContent();
    const briefs = await loadBriefs();
    const entries = (await getCollection('companionTranslations')).map((entry) =>
      withFile(entry, 'content/translations'),
    );
    return entries.map((entry) => {
      const file = entry.filePath;
      const [, , briefId = '', name = ''] = entry.id.split('/');
      const locale = localeOfFolder(file, entry.id);
      const brief = briefs.find((candidate) => candidate.id === briefId);
      if (!brief) throw new ContentError(file, 'folder', `"${briefId}" is not a brief in content/briefs`);
      const { translationOf } = entry.data;
      const original = brief.pages.find((page) => sectionSlug(page) === translationOf);
      if (!original)
        throw new ContentError(
          file,
          'translationOf',
          `"${translationOf}" is not a companion page of the brief "${briefId}" (content/pages/${briefId}/)`,
        );
      if (name !== translationOf)
        throw new ContentError(
          file,
          'file name',
          `name the file like the English page it translates: ${translationOf}.mdx`,
        );
      if (!companionPageNamesIn[locale]?.[briefId]?.[translationOf])
        throw new ContentError(
          file,
          'translationOf',
          `the page "${briefId}/${translationOf}" has no address in "${locale}": add it to companionPageNamesIn in src/lib/page-names.mjs`,
        );
      const sources = new Set(original.data.sources.map((source) => source.id));
      for (const cite of mdxTags(entry.body ?? '', 'Cite')) {
        const id = cite.get('id') ?? '';
        if (!sources.has(id))
          throw new ContentError(
            file,
            'Cite id',
            `"${id}" is not a source of ${original.filePath}, the page it translates`,
          );
      }
      warnIfStale(file, entry.data.revision, original.filePath);
      return { ...entry, locale, brief, original, path: companionPagePath(locale, briefId, translationOf) };
    });
  })();
  return cache;
}

/** A brief's companion page in a language, when it is translated there. */
export async function companionTranslationOf(
  original: Page,
  locale: Locale,
): Promise<CompanionTranslation | undefined> {
  if (locale === 'en') return undefined;
  return (await loadCompanionTranslations()).find((each) => each.locale === locale && each.original.id === original.id);
}
