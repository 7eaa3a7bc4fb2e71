// The anchors readers share and search results link to (discussion questions, figures, glossary terms,
// timeline milestones, corrections and headings) carry data-shared-anchor beside their id. `npm run
// urls:record` records every element so marked in content/published.json, and the tests keep each one
// working for good, so renaming a class or restyling an element cannot drop an anchor from the record.
// Components mark their own elements; the headings an author writes in MDX are marked here, once the text
// is rendered, because Astro gives them their ids as it renders them.

/** Marks every h2–h4 with an id in rendered MDX as a shared anchor. */
export const markSharedHeadings = (html: string): string =>
  html.replace(/<(h[2-4])(?=\s[^>]*\bid=")/g, '<$1 data-shared-anchor');
