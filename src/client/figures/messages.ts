// The copy button's messages on English pages, which carry none of their own (a page in another language writes
// its words on the button from its dictionary). A test holds these equal to src/i18n/en.ts.
export const englishMessages = {
  copied: 'Link copied',
  failed: 'Could not copy: use “Link to this figure”',
} as const;
