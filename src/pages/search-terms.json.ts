import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { loadBriefs } from '../lib/content';
import { loadGlossaries } from '../lib/reference';
import { glossarySynonyms } from '../lib/search/glossary-synonyms';
import type { Synonym } from '../lib/search/query';

// What search knows beyond Pagefind's index, fetched once when search opens: the site's terms for "Did you
// mean …?" (Pagefind has no typo tolerance), the suggested topics, and the synonyms applied to every query.
export const GET: APIRoute = async () => {
  const terms = new Set<string>();
  const topics = new Set<string>();
  for (const brief of await loadBriefs()) {
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
  const synonyms: Synonym[] = (await getCollection('search')).flatMap((file) => file.data.synonyms.map(({ when, search }) => ({ when, search })));
  for (const { glossary } of await loadGlossaries()) synonyms.push(...glossarySynonyms(glossary.data.terms));
  return new Response(JSON.stringify({ terms: [...terms].sort(), topics: [...topics], synonyms }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
