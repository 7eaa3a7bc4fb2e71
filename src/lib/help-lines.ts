import { getCollection } from 'astro:content';
import { ContentError } from './content-errors';
import type { HelpLine } from '../schemas/help-lines';

export type { HelpLine };
const FILE = 'content/help-lines.yml';

let cache: Promise<Map<string, HelpLine>> | undefined;

/** The help lines of content/help-lines.yml by id, read once per build. */
export function loadHelpLines(): Promise<Map<string, HelpLine>> {
  cache ??= (async () => {
    const [entry] = await getCollection('helpLines');
    if (!entry) throw new ContentError(FILE, 'file', 'is missing: the hotline shown on every page is read from it');
    return new Map(entry.data.lines.map((line) => [line.id, line]));
  })();
  return cache;
}

export async function helpLine(id: string, where: string = FILE): Promise<HelpLine> {
  const lines = await loadHelpLines();
  const line = lines.get(id);
  if (!line) throw new ContentError(where, 'help line', `"${id}" is not a line in ${FILE} (known: ${[...lines.keys()].join(', ')})`);
  return line;
}

export const telHref = (dial: string) => `tel:${dial}`;
export const smsHref = (dial: string) => `sms:${dial}`;

/** The National Human Trafficking Hotline as the site chrome shows it on every page. */
export async function loadHotline() {
  const line = await helpLine('hotline', 'the safety bar');
  const { phone, text, tty } = line;
  if (!phone || !text || !tty) throw new ContentError(FILE, 'lines[hotline]', 'the hotline needs phone, text and tty: every page shows all three');
  return {
    name: line.name,
    phone: phone.display,
    phoneHref: telHref(phone.dial),
    text: text.display,
    textHref: smsHref(text.dial),
    tty: tty.display,
    url: line.url,
  };
}
