// What a reader must be able to read on each Spanish page with JavaScript off, from the content files: the
// translations' text, and for a section not translated yet, its English title and summary where it is listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  briefNames,
  companionPagePath,
  frontmatter,
  readCompanionTranslations,
  readTranslations,
} from '../../src/i18n/addresses.mjs';
import { briefPageNamesIn, sitePageNamesIn } from '../../src/lib/page-names.mjs';
import { briefs } from './site';

const root = new URL('../../', import.meta.url).pathname;

/** Each section of each brief as a Spanish reader gets it: its translation, else the English section. */
export function spanishSections() {
  const translations = readTranslations(join(root, 'content')).filter((each) => each.locale === 'es');
  return briefs()
    .filter((brief) => briefNames[brief.id]?.es)
    .map((brief) => ({
      brief,
      slug: briefNames[brief.id]!.es!.slug,
      title: briefNames[brief.id]!.es!.title,
      words: parse(readFileSync(join(root, 'content/translations/es/briefs', `${brief.id}.yml`), 'utf8')) as {
        series: string;
        summary: string;
        audience?: string;
      },
      sections: brief.sections.map((section) => {
        const translation = translations.find((each) => each.translationOf === section.slug);
        if (!translation) return { ...section, english: section, file: undefined };
        const front = frontmatter(readFileSync(translation.file, 'utf8')) as { title: string; summary: string };
        return {
          slug: translation.slug,
          title: front.title,
          summary: front.summary,
          order: section.order,
          path: `es/${briefNames[brief.id]!.es!.slug}/${translation.slug}/`,
          english: section,
          file: translation.file,
        };
      }),
    }));
}

/** Each companion page translated into Spanish: its address, its English page's, its title and its file. */
export function spanishCompanionPages() {
  return readCompanionTranslations(join(root, 'content'))
    .filter((each) => each.locale === 'es')
    .map((each) => ({
      path: companionPagePath('es', each.brief, each.translationOf),
      english: companionPagePath('en', each.brief, each.translationOf),
      title: String(frontmatter(readFileSync(each.file, 'utf8')).title),
      file: each.file,
    }));
}

/** The passages a Spanish page must show, or undefined for a page this list does not know. */
export function spanishReadingContent(path: string, mdxPassages: (mdx: string) => string[]): string[] | undefined {
  const all = spanishSections();
  const list = (brief: (typeof all)[number]) => brief.sections.flatMap((section) => [section.title, section.summary]);
  const text = (section: (typeof all)[number]['sections'][number]) =>
    section.file ? [section.title, ...mdxPassages(readFileSync(section.file, 'utf8'))] : [section.title];
  if (path === 'es/') return all.slice(0, 1).flatMap((brief) => [brief.title, brief.words.summary, ...list(brief)]);
  if (path === `es/${sitePageNamesIn.es.search}/`) return all.flatMap(list);
  if (path === `es/${sitePageNamesIn.es.about}/`)
    return mdxPassages(readFileSync(join(root, 'content/translations/es/pages/about.mdx'), 'utf8'));
  const companion = spanishCompanionPages().find((each) => each.path === path);
  if (companion) return [companion.title, ...mdxPassages(readFileSync(companion.file, 'utf8'))];
  const [, slug, page, ...rest] = path.replace(/\/$/, '').split('/');
  const brief = all.find((each) => each.slug === slug);
  if (!brief || rest.length > 0) return undefined;
  if (page === undefined) return [brief.title, brief.words.summary, ...list(brief)];
  if (page === briefPageNamesIn.es.fullBrief) return brief.sections.flatMap(text);
  const section = brief.sections.find((each) => each.file && each.slug === page);
  return section ? text(section) : undefined;
}
