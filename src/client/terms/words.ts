// The popover's own words in the page's language (<html lang>), from the site's dictionaries.
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';

const dictionaries = { en, es };

export function popoverWords(lang: string) {
  const words = lang.startsWith('es') ? dictionaries.es : dictionaries.en;
  const fill = (text: string, name: string, value: string) => text.replace(`{${name}}`, value);
  return {
    close: words['termPopover.close'],
    entry: words['termPopover.entry'],
    inEnglish: words['termPopover.inEnglish'],
    source: (publisher: string) => fill(words['termPopover.source'], 'publisher', publisher),
    moreIn: (title: string) => fill(words['termPopover.moreIn'], 'title', title),
  };
}
