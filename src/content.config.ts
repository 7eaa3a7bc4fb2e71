import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefSchema } from './schemas/brief';
import { correctionSchema } from './schemas/correction';
import { datasetSchema } from './schemas/dataset';
import { datasetTranslationSchema } from './schemas/dataset-translation';
import { glossarySchema } from './schemas/glossary';
import { timelineSchema } from './schemas/timeline';
import { guideSchema } from './schemas/guide';
import { helpLinesSchema } from './schemas/help-lines';
import { pageSchema } from './schemas/page';
import { sectionSchema } from './schemas/section';
import { synonymsSchema } from './schemas/synonyms';
import { briefTranslationSchema, pageTranslationSchema, translationSchema } from './schemas/translation';
import { glossaryTranslationSchema, timelineTranslationSchema } from './schemas/reference-translation';
import { guideTranslationSchema } from './schemas/guide-translation';
import { correctionTranslationSchema } from './schemas/correction-translation';

// Content lives in the top-level content/ folder, apart from presentation in src/.
// CONTENT_DIR points a build at another tree: the tests build small broken fixtures with it.
const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  briefs: defineCollection({
    loader: glob({ base: `${root}/briefs`, pattern: '*.{yml,yaml}' }),
    schema: briefSchema,
  }),
  sections: defineCollection({
    loader: glob({ base: `${root}/sections`, pattern: '**/*.mdx' }),
    schema: sectionSchema,
  }),
  datasets: defineCollection({
    loader: glob({ base: `${root}/data`, pattern: '*.{yml,yaml,json}' }),
    schema: datasetSchema,
  }),
  guides: defineCollection({
    loader: glob({ base: `${root}/guides`, pattern: '*.{yml,yaml}' }),
    schema: guideSchema,
  }),
  glossaries: defineCollection({
    loader: glob({ base: `${root}/glossary`, pattern: '*.{yml,yaml}' }),
    schema: glossarySchema,
  }),
  timelines: defineCollection({
    loader: glob({ base: `${root}/timeline`, pattern: '*.{yml,yaml}' }),
    schema: timelineSchema,
  }),
  // Search's reviewed synonyms: one file, content/search/synonyms.yml.
  search: defineCollection({
    loader: glob({ base: `${root}/search`, pattern: '*.{yml,yaml}' }),
    schema: synonymsSchema,
  }),
  // One file at the top of content/: every help and reporting number the site prints, with its sources.
  helpLines: defineCollection({
    loader: glob({ base: root, pattern: 'help-lines.{yml,yaml}' }),
    schema: helpLinesSchema,
  }),
  pages: defineCollection({
    // about.mdx and other site pages at the top; a brief's companion pages in a folder named for the brief.
    loader: glob({ base: `${root}/pages`, pattern: '**/*.mdx' }),
    schema: pageSchema,
  }),
  translations: defineCollection({
    // content/translations/<locale>/<brief>/<slug>.mdx: a section in another language (see schemas/translation.ts).
    loader: glob({ base: `${root}/translations`, pattern: ['*/*/*.mdx', '!*/pages/**', '!*/briefs/**'] }),
    schema: translationSchema,
  }),
  // content/translations/<locale>/pages/<name>.mdx: a page of the site (content/pages/<name>.mdx) in another language.
  pageTranslations: defineCollection({
    loader: glob({ base: `${root}/translations`, pattern: '*/pages/*.mdx' }),
    schema: pageTranslationSchema,
  }),
  // content/translations/<locale>/pages/<brief>/<name>.mdx: a brief's companion page (content/pages/<brief>/<name>.mdx)
  // in another language, named like the English file; its address is in src/lib/page-names.mjs.
  companionTranslations: defineCollection({
    loader: glob({ base: `${root}/translations`, pattern: '*/pages/*/*.mdx' }),
    schema: pageTranslationSchema,
  }),
  // content/translations/<locale>/briefs/<brief>.yml: a brief's series line, summary and audience in another language.
  briefTranslations: defineCollection({
    loader: glob({ base: `${root}/translations`, pattern: '*/briefs/*.{yml,yaml}' }),
    schema: briefTranslationSchema,
  }),
  // content/translations/<locale>/glossary/<brief>.yml and …/timeline/<brief>.yml: the words of the glossary
  // and the timeline in another language (see schemas/reference-translation.ts).
  glossaryTranslations: defineCollection({
    loader: glob({ base: `${root}/translations`, pattern: '*/glossary/*.{yml,yaml}' }),
    schema: glossaryTranslationSchema,
  }),
  timelineTranslations: defineCollection({
    loader: glob({ base: `${root}/translations`, pattern: '*/timeline/*.{yml,yaml}' }),
    schema: timelineTranslationSchema,
  }),
  dataTranslations: defineCollection({
    // content/translations/<locale>/data/<dataset>.yml: a dataset's words in another language, never its numbers.
    loader: glob({ base: `${root}/translations`, pattern: '*/data/*.{yml,yaml}' }),
    schema: datasetTranslationSchema,
  }),
  guideTranslations: defineCollection({
    // content/translations/<locale>/guides/<English guide>.yml: a discussion guide's words in another language.
    loader: glob({ base: `${root}/translations`, pattern: '*/guides/*.{yml,yaml}' }),
    schema: guideTranslationSchema,
  }),
  correctionTranslations: defineCollection({
    // content/translations/<locale>/corrections/<brief>.yml: a brief's corrections record in another language,
    // its words only, under each correction's file name (see schemas/correction-translation.ts).
    loader: glob({ base: `${root}/translations`, pattern: '*/corrections/*.{yml,yaml}' }),
    schema: correctionTranslationSchema,
  }),
  corrections: defineCollection({
    // One file per correction in a folder named for the brief; the file name is the entry's anchor.
    loader: glob({ base: `${root}/corrections`, pattern: '*/*.{yml,yaml}' }),
    schema: correctionSchema,
  }),
};
