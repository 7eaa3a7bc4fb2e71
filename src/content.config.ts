import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefSchema } from './schemas/brief';
import { datasetSchema } from './schemas/dataset';
import { sectionSchema } from './schemas/section';

// Content lives in the top-level content/ folder, apart from presentation in src/.
export const collections = {
  briefs: defineCollection({
    loader: glob({ base: './content/briefs', pattern: '*.{yml,yaml}' }),
    schema: briefSchema,
  }),
  sections: defineCollection({
    loader: glob({ base: './content/sections', pattern: '**/*.mdx' }),
    schema: sectionSchema,
  }),
  datasets: defineCollection({
    loader: glob({ base: './content/data', pattern: '*.{yml,yaml,json}' }),
    schema: datasetSchema,
  }),
};
