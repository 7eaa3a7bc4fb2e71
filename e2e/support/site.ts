// What the tests know about the site: the built sitemap (every published page) and the content
// (what each page should show). Both are read from disk, so no test keeps its own hand list.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { basePathFromEnv } from '../../src/lib/base-path.mjs';
import { dictionaries, localeOfPath } from '../../src/i18n';
import { briefPagePath, readTranslations, translationPath } from '../../src/i18n/addresses.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** Site paths of every page in the built sitemap, relative to the base ("", "about/", …). */
export function sitemapPaths(): string[] {
  const dist = join(root, 'dist');
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const locs = files.flatMap((file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
  );
  const base = basePathFromEnv();
  return locs.map((loc) => new URL(loc).pathname.slice(base.length)).sort();
}

export interface SectionInfo {
  slug: string;
  title: string;
  summary: string;
  order: number;
  path: string;
}
export interface BriefInfo {
  id: string;
  title: string;
  summary: string;
  sections: SectionInfo[];
  /** Companion pages (content/pages/<brief>/), in file-name order, as the site orders them. */
  pages: SectionInfo[];
}

/** Briefs and their sections as the content describes them, in reading order. */
export function briefs(): BriefInfo[] {
  const dir = join(root, 'content/briefs');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => {
      const id = name.replace(/\.ya?ml$/, '');
      const brief = parse(readFileSync(join(dir, name), 'utf8')) as {
        title: string;
        summary: string;
        sections: string[];
      };
      const sections = brief.sections.map((slug) => {
        const text = readFileSync(join(root, 'content/sections', id, `${slug}.mdx`), 'utf8');
        const front = parse(text.split(/^---$/m)[1] ?? '') as { title: string; summary: string; order: number };
        return { slug, title: front.title, summary: front.summary, order: front.order, path: `${id}/${slug}/` };
      });
      const pagesDir = join(root, 'content/pages', id);
      const pages = (
        existsSync(pagesDir)
          ? readdirSync(pagesDir)
              .filter((name) => name.endsWith('.mdx'))
              .sort()
          : []
      ).map((name, index) => {
        const slug = name.replace(/\.mdx$/, '');
        const front = parse(readFileSync(join(pagesDir, name), 'utf8').split(/^---$/m)[1] ?? '') as {
          title: string;
          summary: string;
        };
        return { slug, title: front.title, summary: front.summary, order: index + 1, path: `${id}/${slug}/` };
      });
      return { id, title: brief.title, summary: brief.summary, sections, pages };
    });
}

export const allSections = () => briefs().flatMap((brief) => brief.sections);

export interface GuideInfo {
  brief: string;
  /** The page's language, and so the words of its interface (src/i18n/). */
  locale: 'en' | 'es';
  path: string;
  title: string;
  /** Each question with its text in the page's language and the site path its "From" link leads to. */
  questions: { id: string; section: string; text: string; sectionPath: string }[];
}

interface GuideFile {
  brief: string;
  title: string;
  parts: { questions: { id: string; section: string; text: string }[] }[];
}

/**
 * Discussion guides as the content describes them: each English guide, then each translation
 * (content/translations/<locale>/guides/), whose questions link to the sections of its language where
 * translated and to the English ones otherwise.
 */
export function guides(): GuideInfo[] {
  const dir = join(root, 'content/guides');
  const english = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as GuideFile);
  const originals = english.map((guide): GuideInfo => ({
    brief: guide.brief,
    locale: 'en',
    path: `${guide.brief}/discussion-guide/`,
    title: guide.title,
    questions: guide.parts
      .flatMap((part) => part.questions)
      .map((question) => ({ ...question, sectionPath: `${guide.brief}/${question.section}/` })),
  }));
  const translated = readdirSync(join(root, 'content/translations')).flatMap((locale) => {
    const folder = join(root, 'content/translations', locale, 'guides');
    if (!existsSync(folder)) return [];
    const sections = readTranslations(join(root, 'content')).filter((each) => each.locale === locale);
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name): GuideInfo => {
        const file = parse(readFileSync(join(folder, name), 'utf8')) as {
          translationOf: string;
          title: string;
          parts: { questions: { id: string; text: string }[] }[];
        };
        const original = originals.find((guide) => guide.brief === file.translationOf)!;
        const texts = new Map(
          file.parts.flatMap((part) => part.questions).map((question) => [question.id, question.text]),
        );
        return {
          brief: original.brief,
          locale: locale as GuideInfo['locale'],
          path: briefPagePath(locale, original.brief, 'guide'),
          title: file.title,
          questions: original.questions.map((question) => {
            const section = sections.find(
              (each) => each.brief === original.brief && each.translationOf === question.section,
            );
            return {
              ...question,
              text: texts.get(question.id) ?? '',
              sectionPath: section ? translationPath(locale, original.brief, section.slug) : question.sectionPath,
            };
          }),
        };
      });
  });
  return [...originals, ...translated];
}

interface SourceInfo {
  url: string;
}
export interface TimelineInfo {
  path: string;
  milestones: { id: string; date: string; title: string; text: string; section: string; source: SourceInfo }[];
}
export interface GlossaryInfo {
  path: string;
  terms: {
    id: string;
    term: string;
    definition: string;
    section: string;
    source: SourceInfo & { title: string; publisher: string; year: number };
  }[];
}

const readYaml = <T>(folder: string): T[] => {
  const dir = join(root, 'content', folder);
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as T);
  } catch {
    return [];
  }
};

export const timelines = (): TimelineInfo[] =>
  readYaml<{ brief: string; milestones: TimelineInfo['milestones'] }>('timeline').map((data) => ({
    path: `${data.brief}/timeline/`,
    milestones: data.milestones,
  }));

export const glossaries = (): GlossaryInfo[] =>
  readYaml<{ brief: string; terms: GlossaryInfo['terms'] }>('glossary').map((data) => ({
    path: `${data.brief}/glossary/`,
    terms: data.terms,
  }));

/**
 * The glossaries and timelines in other languages (content/translations/<locale>/glossary|timeline/<brief>.yml),
 * as their pages should show them: each entry's words from the translation, and its date, themes, section and
 * source from the English file, in the English order. Addresses use the language's page names.
 */
export interface TranslatedGlossaryInfo extends GlossaryInfo {
  locale: string;
  brief: string;
  terms: (GlossaryInfo['terms'][number] & { aliases?: string[] })[];
}
export interface TranslatedTimelineInfo extends TimelineInfo {
  locale: string;
  brief: string;
}

const translatedYaml = <T>(kind: 'glossary' | 'timeline' | 'corrections') => {
  const dir = join(root, 'content/translations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((locale) => {
    const folder = join(dir, locale, kind);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({
        locale,
        data: parse(readFileSync(join(folder, name), 'utf8')) as T & { translationOf: string },
      }));
  });
};

export const translatedGlossaries = (): TranslatedGlossaryInfo[] =>
  translatedYaml<{ terms: { id: string; term: string; definition: string; aliases?: string[] }[] }>('glossary').map(
    ({ locale, data }) => {
      const brief = data.translationOf;
      const english = glossaries().find((each) => each.path === `${brief}/glossary/`)!;
      const words = new Map(data.terms.map((term) => [term.id, term]));
      return {
        locale,
        brief,
        path: briefPagePath(locale, brief, 'glossary'),
        terms: english.terms.map((term) => ({ ...term, ...words.get(term.id)! })),
      };
    },
  );

export const translatedTimelines = (): TranslatedTimelineInfo[] =>
  translatedYaml<{ milestones: { id: string; title: string; text: string }[] }>('timeline').map(({ locale, data }) => {
    const brief = data.translationOf;
    const english = timelines().find((each) => each.path === `${brief}/timeline/`)!;
    const words = new Map(data.milestones.map((item) => [item.id, item]));
    return {
      locale,
      brief,
      path: briefPagePath(locale, brief, 'timeline'),
      milestones: english.milestones.map((item) => ({ ...item, ...words.get(item.id)! })),
    };
  });

/** Where a page in a language links a brief's section: its translation there, or the English page. */
export function sectionPathIn(locale: string, brief: string, section: string) {
  const translated = readTranslations(join(root, 'content')).find(
    (each) => each.locale === locale && each.brief === brief && each.translationOf === section,
  );
  return translated ? translationPath(locale, brief, translated.slug) : `${brief}/${section}/`;
}

interface HelpLineNumber {
  display: string;
  dial: string;
}

/** The hotline as content/help-lines.yml gives it, which every page's banner and the search help print. */
export function hotline() {
  const file = parse(readFileSync(join(root, 'content/help-lines.yml'), 'utf8')) as {
    lines: {
      id: string;
      name: string;
      names?: Record<string, string>;
      phone: HelpLineNumber;
      text: HelpLineNumber;
      tty: HelpLineNumber;
    }[];
  };
  const line = file.lines.find((candidate) => candidate.id === 'hotline');
  if (!line) throw new Error('content/help-lines.yml has no line with id "hotline"');
  return {
    name: line.name,
    names: line.names ?? {},
    phone: line.phone.display,
    phoneHref: `tel:${line.phone.dial}`,
    text: line.text.display,
    textHref: `sms:${line.text.dial}`,
    tty: line.tty.display,
  };
}

/** The language of a page (its site path), its interface words (src/i18n/) and the hotline's name in it. */
export function chromeFor(path: string) {
  const locale = localeOfPath(path);
  const line = hotline();
  return { locale, words: dictionaries[locale], hotlineName: locale === 'en' ? line.name : line.names[locale] };
}

export interface CorrectionInfo {
  slug: string;
  page: string;
  anchor?: string;
  topic: string;
  /** What the earlier brief said, and what the sources say instead. */
  original: string;
  corrected: string;
  date: string;
  sources: { url: string }[];
}
export interface CorrectionsInfo {
  brief: string;
  path: string;
  corrections: CorrectionInfo[];
}

/** Each brief's corrections record as the content describes it: one file per entry in content/corrections/<brief>/. */
export function corrections(): CorrectionsInfo[] {
  const dir = join(root, 'content/corrections');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((brief) => statSync(join(dir, brief)).isDirectory())
    .map((brief) => ({
      brief,
      path: `${brief}/corrections/`,
      corrections: readdirSync(join(dir, brief))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => ({
          slug: name.replace(/\.ya?ml$/, ''),
          ...(parse(readFileSync(join(dir, brief, name), 'utf8')) as Omit<CorrectionInfo, 'slug'>),
        })),
    }))
    .filter((record) => record.corrections.length > 0);
}

/**
 * Each brief's corrections record in another language: the English record's entries, dates, pages, anchors and
 * sources with the words of content/translations/<locale>/corrections/<brief>.yml, by file name.
 */
export function translatedCorrections(): (CorrectionsInfo & { locale: string })[] {
  return translatedYaml<{
    corrections: Record<string, { topic: string; original: string; corrected: string; notes?: Record<string, string> }>;
  }>('corrections').map(({ locale, data }) => {
    const english = corrections().find((record) => record.brief === data.translationOf)!;
    return {
      locale,
      brief: english.brief,
      path: briefPagePath(locale, english.brief, 'corrections'),
      corrections: english.corrections.map((correction) => ({ ...correction, ...data.corrections[correction.slug]! })),
    };
  });
}
