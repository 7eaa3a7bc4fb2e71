// The popover's own words in the page's language (<html lang>). The build puts in only the dictionaries'
// termPopover.* keys, for every language (src/integrations/on-demand-bundles.mjs), so the bundle does not carry
// the rest of each language's interface.
import type { Dictionary, Key } from '../../i18n/en';

type PopoverKey = Extract<Key, `termPopover.${string}`>;
declare const __TERM_POPOVER_WORDS__: Record<string, Pick<Dictionary, PopoverKey>>;

export function popoverWords(lang: string) {
  const words = __TERM_POPOVER_WORDS__[lang.split('-')[0] ?? ''] ?? __TERM_POPOVER_WORDS__['en']!;
  const fill = (text: string, name: string, value: string) => text.replace(`{${name}}`, value);
  return {
    close: words['termPopover.close'],
    entry: words['termPopover.entry'],
    inEnglish: words['termPopover.inEnglish'],
    source: (publisher: string) => fill(words['termPopover.source'], 'publisher', publisher),
    moreIn: (title: string) => fill(words['termPopover.moreIn'], 'title', title),
  };
}
