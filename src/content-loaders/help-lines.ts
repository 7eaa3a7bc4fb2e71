import { getCollection } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import type { HelpLine } from '../schemas/help-lines';

export type { HelpLine };
const FILE = 'content/help-lines.yml';

let cache: Promise<Map<string, HelpLine>> | undefined;

/** The help lines of content/help-lines.yml by id, read once per build (the content checks have found the file). */
export function loadHelpLines(): Promise<Map<string, HelpLine>> {
  cache ??= (async () => {
    await checkContent();
    const [entry] = await getCollection('helpLines');
    return new Map(entry!.data.lines.map((line) => [line.id, line]));
  })();
  return cache;
}

export async function helpLine(id: string, where: string = FILE): Promise<HelpLine> {
  const lines = await loadHelpLines();
  const line = lines.get(id);
  if (!line)
    throw new ContentError(
      where,
      'help line',
      `"${id}" is not a line in ${FILE} (known: ${[...lines.keys()].join(', ')})`,
    );
  return line;
}

export const telHref = (dial: string) => `tel:${dial}`;
export const smsHref = (dial: string) => `sms:${dial}`;

/**
 * The National Human Trafficking Hotline as the site chrome shows it on every page, named as the hotline
 * names itself in the page's language (`names:` in content/help-lines.yml).
 */
export async function loadHotline(locale: string = 'en') {
  const line = await helpLine('hotline', 'the safety bar');
  // The help-lines schema requires all three for the hotline.
  const [phone, text, tty] = [line.phone!, line.text!, line.tty!];
  const name = locale === 'en' ? line.name : line.names[locale];
  if (!name)
    throw new ContentError(
      FILE,
      'hotline names',
      `the hotline has no name in "${locale}"; add names: { ${locale}: "…" } with its source`,
    );
  return {
    name,
    phone: phone.display,
    phoneHref: telHref(phone.dial),
    text: text.display,
    textHref: smsHref(text.dial),
    tty: tty.display,
    url: line.url,
  };
}
