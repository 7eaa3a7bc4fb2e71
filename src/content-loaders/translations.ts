// Sections in other languages (content/translations/<locale>/<brief>/<slug>.mdx), each joined to the brief and
// the English section it translates. A translation cites the English section's sources, so its <Cite> ids
// must be in that section's list; one whose English file changed since it was made is reported as stale.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import { withFile } from './brief-model';
import { localeOfFolder, warnIfStale } from './translation-record';
import { loadBriefs, sectionSlug, type LoadedBrief, type Section } from './briefs';
import { mdxTags } from '../lib/mdx-tags';
import type { Locale } from '../i18n';
import { translationPath } from '../i18n/addresses.mjs';
import { briefPageNamesIn, companionPageNamesIn } from '../lib/page-names.mjs';

export type Translation = CollectionEntry<'translations'> & {
  filePath: string;
  locale: Locale;
  brief: LoadedBrief;
  /** The translation's own file name: its address in its language. */
  slug: string;
  original: Section;
  /** Site path, e.g. "es/trata-de-personas/senales-de-alerta/". */
  path: string;
};

let cache: Promise<Translation[]> | undefined;

export function loadTranslations(): Promise<Translation[]> {
  cache ??= (async () => {
    await checkContent();
    const briefs = await loadBriefs();
    const entries = (await getCollection('translations')).map((entry) => withFile(entry, 'content/translations'));
    return entries.map((entry) => {
      const file = entry.filePath;
      const [, briefId = '', slug = ''] = entry.id.split('/');
      const locale = localeOfFolder(file, entry.id);
      const brief = briefs.find((candidate) => candidate.id === briefId);
      if (!brief) throw new ContentError(file, 'folder', `"${briefId}" is not a brief in content/briefs`);
      const reserved: readonly string[] = [
        ...Object.values(briefPageNamesIn[locale]),
        ...Object.values(companionPageNamesIn[locale]?.[briefId] ?? {}),
      ];
      if (reserved.includes(slug))
        throw new ContentError(
          file,
          'file name',
          `"${slug}" is the address of a page the site makes in "${locale}"; rename the file`,
        );
      const original = brief.sections.find((section) => sectionSlug(section) === entry.data.translationOf);
      if (!original)
        throw new ContentError(
          file,
          'translationOf',
          `"${entry.data.translationOf}" is not a section of the brief "${briefId}"`,
        );
      const sources = new Set(original.data.sources.map((source) => source.id));
      for (const cite of mdxTags(entry.body ?? '', 'Cite')) {
        const id = cite.get('id') ?? '';
        if (!sources.has(id))
          throw new ContentError(
            file,
            'Cite id',
            `"${id}" is not a source of ${original.filePath}, the section it translates`,
          );
      }
      warnIfStale(file, entry.data.revision, original.filePath);
      return { ...entry, locale, brief, slug, original, path: translationPath(locale, briefId, slug) };
    });
  })();
  return cache;
}
