// Indexes the built site with Pagefind's Node API at the end of every `astro build`, as Starlight does,
// so the build is one command that always leaves a searchable site: `astro build`, `npm run build` and
// `npm start` alike. Running the CLI as a second step let a bare `astro build` silently wipe the index.
import { createIndex, close } from 'pagefind';
import { fileURLToPath } from 'node:url';

/** Throws with every message Pagefind gave, so a broken index fails the build instead of shipping. */
function check(step, errors) {
  if (errors?.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export default function pagefind() {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex();
          check('start', errors);
          if (!index) throw new Error('Pagefind could not start: no index was created.');
          const added = await index.addDirectory({ path: site });
          check(`index ${site}`, added.errors);
          if (!added.page_count) throw new Error(`Pagefind found no pages to index in ${site}.`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          check('write its files', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
