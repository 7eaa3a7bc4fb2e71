import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { loadBriefs, sectionSlug } from '../content-loaders/briefs';
import { briefPath, href, sectionPath } from '../lib/urls';
import { loadGlossaries } from '../content-loaders/glossary';
import { glossarySynonyms } from '../client/search/glossary-synonyms';
import type { Synonym } from '../client/search/query';
import { loadHotline } from '../content-loaders/help-lines';

// What search knows beyond Pagefind's index, fetched once when search opens: the site's terms for "Did you
// mean …?" (Pagefind has no typo tolerance), the suggested topics, the synonyms applied to every query, and
// where a search that finds nothing sends the reader: the hotline (from content/help-lines.yml, like the banner), every brief's list of sections, and the warning signs of
// trafficking once a brief has that section (it links only to a section the build has).
const SIGNS_SECTION = 'recognizing-the-signs';

async function helpHotline() {
  const { name, phone, phoneHref, text, textHref } = await loadHotline();
  return { name, phone, phoneHref, text, textHref };
}

export const GET: APIRoute = async () => {
  const terms = new Set<string>();
  const topics = new Set<string>();
  const briefs: { title: string; url: string }[] = [];
  let signs: { title: string; url: string } | undefined;
  for (const brief of await loadBriefs()) {
    briefs.push({ title: brief.entry.data.title, url: href(briefPath(brief.id)) });
    const signsSection = brief.sections.find((section) => sectionSlug(section) === SIGNS_SECTION);
    if (signsSection && !signs)
      signs = { title: signsSection.data.title, url: href(sectionPath(brief.id, SIGNS_SECTION)) };
    terms.add(brief.entry.data.title);
    for (const topic of brief.entry.data.topics) {
      topics.add(topic);
      terms.add(topic);
    }
    for (const section of brief.sections) {
      terms.add(section.data.title);
      terms.add(section.data.shortTitle);
      for (const heading of (await render(section)).headings) terms.add(heading.text);
    }
  }
  const synonyms: Synonym[] = (await getCollection('search')).flatMap((file) =>
    file.data.synonyms.map(({ when, search, replaces }) => ({ when, search, ...(replaces ? { replaces } : {}) })),
  );
  for (const { glossary } of await loadGlossaries()) synonyms.push(...glossarySynonyms(glossary.data.terms));
  return new Response(
    JSON.stringify({
      terms: [...terms].sort(),
      topics: [...topics],
      synonyms,
      help: { hotline: await helpHotline(), briefs, ...(signs ? { signs } : {}) },
    }),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
