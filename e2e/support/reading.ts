// What a reader must be able to read on each page with JavaScript off, worked out from the content files
// rather than from the site's code: every paragraph, heading, list item and table cell a page's MDX writes, and the
// entries of the pages built from YAML (terms, milestones, questions, corrections, figures, section lists).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { figures, readSpanishWords } from './figures';
import {
  briefs,
  corrections,
  translatedCorrections,
  glossaries,
  guides,
  timelines,
  translatedGlossaries,
  translatedTimelines,
  type BriefInfo,
  type SectionInfo,
} from './site';
import { spanishReadingContent } from './reading-es';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Text reduced to its words, lowercased and single-spaced, so the source and the rendered page compare alike
 * whatever the typography ("it's" and "it’s", "--" and "–") and markup between them.
 */
export const words = (text: string) =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&(?:[a-z]+|#\d+);/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const BREAK = '\u0000';

/**
 * The runs of prose an MDX body writes, each as the reader sees it unbroken. A component written as a
 * self-closing tag (a statistic, a citation, a help line, a figure) prints something of its own, so the prose is
 * cut there; a component that wraps words (a glossary term) keeps them. Markdown syntax is dropped.
 */
export function mdxPassages(mdx: string): string[] {
  const body = mdx
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^(?:import|export)\s.*$/gm, '');
  return body
    .split(/\n\s*\n/)
    .flatMap((block) =>
      block
        // Table separator rows, then each cell and each list item or heading as a run of its own.
        .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, BREAK)
        .replace(/\|/g, BREAK)
        .replace(/^\s*(?:#{1,6}|[-*+]|\d+\.|>)\s+/gm, BREAK)
        .replace(/<[A-Za-z][^<>]*\/>/g, BREAK)
        .replace(/<\/?[A-Za-z][^<>]*>/g, '')
        .replace(/\{[^{}]*\}/g, BREAK)
        .replace(/!\[[^\]]*\]\([^)]*\)/g, BREAK)
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .split(BREAK),
    )
    .map((run) => run.replace(/\s+/g, ' ').trim())
    .filter((run) => /[\p{L}\p{N}]/u.test(run));
}

const mdxOf = (...parts: string[]) => mdxPassages(readFileSync(join(root, 'content', ...parts), 'utf8'));
const sectionText = (brief: BriefInfo, section: SectionInfo) => [
  section.title,
  ...mdxOf('sections', brief.id, `${section.slug}.mdx`),
];
const sectionList = (brief: BriefInfo) => brief.sections.flatMap((section) => [section.title, section.summary]);

/**
 * The passages a page must show, by site path ("" is the home page); undefined for a page this list does not
 * know, so a new kind of page has to say here what its readers need.
 */
export function readingContent(path: string): string[] | undefined {
  // The glossary and the timeline in another language: their entries in that language's words.
  const translatedGlossary = translatedGlossaries().find((glossary) => glossary.path === path);
  if (translatedGlossary) return translatedGlossary.terms.flatMap((term) => [term.term, term.definition]);
  const translatedTimeline = translatedTimelines().find((timeline) => timeline.path === path);
  if (translatedTimeline) return translatedTimeline.milestones.flatMap((item) => [item.title, item.text]);
  const translatedRecord = translatedCorrections().find((record) => record.path === path);
  if (translatedRecord)
    return translatedRecord.corrections.flatMap((correction) => [
      correction.topic,
      correction.original,
      correction.corrected,
    ]);
  // The Spanish figures page: each figure's Spanish headline and notes (content/translations/es/data/).
  if (/^es\/[^/]+\/graficas\/$/.test(path))
    return figures().flatMap((figure) => {
      const words = readSpanishWords(figure.id);
      return [words.takeaway, ...(words.notes ?? [])];
    });
  // A guide in another language lives under its language's folder, by its own page name.
  const translatedGuide = guides().find((guide) => guide.locale !== 'en' && guide.path === path);
  if (translatedGuide) return [translatedGuide.title, ...translatedGuide.questions.map((question) => question.text)];
  if (path.startsWith('es/')) return spanishReadingContent(path, mdxPassages);
  const all = briefs();
  if (path === '') return all.flatMap((brief) => [brief.title, brief.summary, ...sectionList(brief)]);
  if (path === 'about/') return mdxOf('pages', 'about.mdx');
  if (path === 'search/') return all.flatMap(sectionList);
  const [id, page, ...rest] = path.replace(/\/$/, '').split('/');
  const brief = all.find((each) => each.id === id);
  if (!brief || rest.length > 0) return undefined;
  if (page === undefined) return [brief.title, brief.summary, ...sectionList(brief)];
  const section = brief.sections.find((each) => each.slug === page);
  if (section) return sectionText(brief, section);
  const companion = brief.pages.find((each) => each.slug === page);
  if (companion) return [companion.title, ...mdxOf('pages', brief.id, `${companion.slug}.mdx`)];
  switch (page) {
    case 'full-brief':
      return brief.sections.flatMap((each) => sectionText(brief, each));
    case 'glossary':
      return glossaries()
        .filter((glossary) => glossary.path === path)
        .flatMap((glossary) => glossary.terms.flatMap((term) => [term.term, term.definition]));
    case 'timeline':
      return timelines()
        .filter((timeline) => timeline.path === path)
        .flatMap((timeline) => timeline.milestones.flatMap((milestone) => [milestone.title, milestone.text]));
    case 'discussion-guide':
      return guides()
        .filter((guide) => guide.path === path)
        .flatMap((guide) => [guide.title, ...guide.questions.map((question) => question.text)]);
    case 'corrections':
      return corrections()
        .filter((record) => record.path === path)
        .flatMap((record) =>
          record.corrections.flatMap((correction) => [correction.topic, correction.original, correction.corrected]),
        );
    case 'figures':
      return figures()
        .filter((figure) => figure.brief === brief.id)
        .flatMap((figure) => [figure.data.takeaway, ...(figure.data.notes ?? [])]);
    default:
      return undefined;
  }
}

/**
 * The words of the page's main content that a reader sees: the text the browser renders (nothing in a closed
 * disclosure, nothing hidden or invisible), less any transparent text and any text clipped to a pixel for screen
 * readers only.
 */
export async function seenWords(page: Page): Promise<string> {
  const text = await page.locator('main').evaluate((main: HTMLElement) => {
    const unseen = [...main.querySelectorAll<HTMLElement>('*')].filter((element) => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
      const box = element.getBoundingClientRect();
      return box.width <= 1 && box.height <= 1 && getComputedStyle(element).overflow !== 'visible';
    });
    for (const element of unseen) element.remove();
    return main.innerText;
  });
  return words(text);
}
