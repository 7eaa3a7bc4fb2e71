import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { loadBriefs } from '../lib/content';

// Words the site knows, for search's "Did you mean …?" (Pagefind has no typo tolerance) and its
// suggested topics. Built once; the browser fetches it only when a search comes back empty.
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
  return new Response(JSON.stringify({ terms: [...terms].sort(), topics: [...topics] }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
