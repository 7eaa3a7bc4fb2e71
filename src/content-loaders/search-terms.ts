// What search knows beyond Pagefind's index, one file per language (search-terms.json, es/search-terms.json),
// fetched once when search opens: the site's terms for "Did you mean …?" (Pagefind has no typo tolerance), the
// suggested topics, the synonyms applied to every query, and where a search that finds nothing sends the reader:
// the hotline (from content/help-lines.yml, like the banner, named in the page's language), every brief's list of
// sections, and the warning signs of trafficking once a brief has that section (it links only to a page the build has).
import { getCollection, render } from 'astro:content';
import { loadBriefs, sectionSlug } from './briefs';
import { loadGlossaries } from './glossary';
import { glossariesIn } from './reference-translations';
import { loadHotline } from './help-lines';
import { loadTranslations } from './translations';
import { glossarySynonyms } from '../client/search/glossary-synonyms';
import type { SearchTerms } from '../client/search/engine';
import type { Synonym } from '../client/search/query';
import type { Locale } from '../i18n';
import { briefName, homePath, localBriefPath, translatedPages } from '../i18n/addresses.mjs';
import { briefPath, href, sectionPath } from '../lib/urls';

const SIGNS_SECTION = 'recognizing-the-signs';

async function synonymsFor(locale: Locale): Promise<{ synonyms: Synonym[]; topics: string[] }> {
  const files = (await getCollection('search')).filter((file) => file.data.lang === locale);
  return {
    synonyms: files.flatMap((file) =>
      file.data.synonyms.map(({ when, search, replaces }) => ({ when, search, ...(replaces ? { replaces } : {}) })),
    ),
    topics: files.flatMap((file) => file.data.topics ?? []),
  };
}

async function helpHotline(locale: Locale) {
  const { name, phone, phoneHref, text, textHref } = await loadHotline(locale);
  return { name, phone, phoneHref, text, textHref };
}

async function englishTerms(): Promise<SearchTerms> {
  const terms = new Set<string>();
  const topics = new Set<string>();
  const briefs: SearchTerms['help']['briefs'] = [];
  let signs: SearchTerms['help']['signs'];
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
  const { synonyms } = await synonymsFor('en');
  for (const { glossary } of await loadGlossaries()) synonyms.push(...glossarySynonyms(glossary.data.terms));
  return {
    terms: [...terms].sort(),
    topics: [...topics],
    synonyms,
    help: { hotline: await helpHotline('en'), briefs, ...(signs ? { signs } : {}) },
  };
}

/** A language other than English: its translated sections, its own synonyms and topics. */
async function translatedTerms(locale: Locale): Promise<SearchTerms> {
  const translations = (await loadTranslations()).filter((translation) => translation.locale === locale);
  const { synonyms, topics } = await synonymsFor(locale);
  // The glossary in this language feeds its aliases, as the English glossary does for English.
  for (const glossary of await glossariesIn(locale)) synonyms.push(...glossarySynonyms(glossary.terms));
  const terms = new Set<string>(topics);
  const hasLanding = (translatedPages[locale] ?? []).includes('index');
  const briefs = (await loadBriefs())
    .filter((brief) => translations.some((translation) => translation.brief.id === brief.id))
    .map((brief) => ({
      title: briefName(locale, brief.id).title,
      url: href(hasLanding ? localBriefPath(locale, brief.id) : homePath(locale)),
    }));
  for (const brief of briefs) terms.add(brief.title);
  let signs: SearchTerms['help']['signs'];
  for (const translation of translations) {
    terms.add(translation.data.title);
    terms.add(translation.data.shortTitle);
    for (const heading of (await render(translation)).headings) terms.add(heading.text);
    if (translation.data.translationOf === SIGNS_SECTION && !signs)
      signs = { title: translation.data.title, url: href(translation.path) };
  }
  return {
    terms: [...terms].sort((a, b) => a.localeCompare(b, locale)),
    topics,
    synonyms,
    help: { hotline: await helpHotline(locale), briefs, ...(signs ? { signs } : {}) },
  };
}

export const searchTermsFor = (locale: Locale): Promise<SearchTerms> =>
  locale === 'en' ? englishTerms() : translatedTerms(locale);

export const searchTermsResponse = async (locale: Locale) =>
  new Response(JSON.stringify(await searchTermsFor(locale)), { headers: { 'Content-Type': 'application/json' } });
