// Runs the cross-file rules (./cross-file.ts) on the whole content tree, once per build. src/middleware.ts
// awaits it before any page or endpoint renders, and every loader in src/content-loaders/ awaits it before
// joining entries, so the rules hold whichever pages the site has and whichever page renders first.
import { getCollection, render } from 'astro:content';
import { withFile } from '../content-loaders/brief-model';
import { checkCrossFile } from './cross-file';

let checked: Promise<void> | undefined;

export function checkContent(): Promise<void> {
  checked ??= (async () => {
    const sections = (await getCollection('sections')).map((entry) => withFile(entry, 'content/sections'));
    checkCrossFile({
      briefs: (await getCollection('briefs')).map((entry) => withFile(entry, 'content/briefs')),
      // Headings exist only once the MDX is compiled; render() gives them without rendering a page.
      sections: await Promise.all(
        sections.map(async (section) => ({ ...section, headings: (await render(section)).headings })),
      ),
      pages: (await getCollection('pages')).map((entry) => withFile(entry, 'content/pages')),
      guides: (await getCollection('guides')).map((entry) => withFile(entry, 'content/guides')),
      glossaries: (await getCollection('glossaries')).map((entry) => withFile(entry, 'content/glossary')),
      timelines: (await getCollection('timelines')).map((entry) => withFile(entry, 'content/timeline')),
      corrections: (await getCollection('corrections')).map((entry) => withFile(entry, 'content/corrections')),
      datasets: (await getCollection('datasets')).map((entry) => withFile(entry, 'content/data')),
      helpLines: await getCollection('helpLines'),
      translations: await Promise.all(
        (await getCollection('translations'))
          .map((entry) => withFile(entry, 'content/translations'))
          .map(async (entry) => ({ ...entry, headings: (await render(entry)).headings })),
      ),
    });
  })();
  return checked;
}
