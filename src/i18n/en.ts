// The interface in English: every word of the site chrome that is not content. The keys are the contract:
// es.ts must give each of them (a missing one is a type error there, and the build names it; see check.ts).
// {name} marks a value the component fills in.
import { searchWordsEn } from './search-words';

export const en = {
  'lang.name': 'English',
  'lang.locale': 'en-US',
  'lang.ogLocale': 'en_US',
  'skip.link': 'Skip to content',
  'site.name': 'Policy Briefs',

  'safety.label': 'Get help',
  'safety.needHelp': 'Need help?',
  'safety.short': 'Hotline:',
  'safety.call': 'call',
  'safety.orText': 'or text',
  'safety.tty': ', TTY',
  'safety.longEnd': '. Free, confidential, 24/7. In an emergency, call',
  'safety.shortEnd': ', 24/7. Emergency:',
  'safety.exit': 'Exit this page',

  'footer.browseId': 'browse-safely',
  'footer.browseHeading': 'Browse safely',
  'footer.browseText':
    '"Exit this page" (or Shift pressed three times on its own) leaves at once, but cannot erase your browsing history: Back still shows pages of this site you opened before. If someone may check your device, use a private or incognito window, or delete this site\'s pages from your history afterwards. The site loads nothing from other websites and keeps only the guide questions you tick "Use tonight", in this browser; the exit clears them.',
  'footer.helpId': 'get-help',
  'footer.helpHeading': 'Get help',
  'footer.helpBefore': 'The ',
  'footer.helpCalls': 'answers calls at',
  'footer.helpTexts': 'and texts at',
  'footer.helpAfter': ', in many languages, at any hour. In an emergency, call 911.',
  'footer.navLabel': 'Footer',
  'footer.linksId': 'site-links',
  'footer.theBrief': '{title}: the brief',
  'footer.search': 'Search',
  'footer.about': 'About, sources and privacy',

  'header.navLabel': 'Site',
  'header.brief': 'The brief',
  'header.fullText': 'Full text',
  'header.guide': 'Discussion guide',
  'header.about': 'About',
  'header.search': 'Search',

  'switch.label': 'Language',
  'switch.readIn': 'Read in English',

  'section.kicker': 'Section {order} of {total}',
  'section.minRead': '{minutes} min read',
  'section.lastReviewed': 'Last reviewed',
  'toc.title': 'On this page',
  'sources.heading': 'Sources',
  'sources.headingFor': ' for {title}',
  'sources.back': 'Back to the citation',
  'sources.backN': 'Back to citation {n}',
  'cite.label': 'Source {n}',
  'term.inEnglish': '',

  'notFound.title': 'Page not found',
  'notFound.description': 'This address does not match a page of the site. The list below leads to every section.',
  'notFound.heading': 'We could not find that page',
  'notFound.lead':
    'The address may be mistyped, or the link may be older than the site. Every section of the brief is listed below.',
  'notFound.worried': 'Worried about someone?',
  'notFound.briefLists': 'The {title} brief lists',
  'notFound.signs': 'the warning signs, and whom to call',
  'notFound.wholeBrief': 'The whole brief on one page',
  'notFound.home': 'Go to the home page',

  ...searchWordsEn,
} as const;

/** Every key of the interface. */
export type Key = keyof typeof en;
/** A language's interface: a string for every key, and no other. */
export type Dictionary = { readonly [K in Key]: string };
