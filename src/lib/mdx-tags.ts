// Components as an MDX file writes them, read from its raw text. The content checks and the figures page need
// to know what a section asks for before (or without) rendering it, so the tags are read from the text.

const ATTRIBUTE = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

/** The string attributes of every `<Name …>` in an MDX body, in reading order. Comments (`{/* … *\/}`) are skipped. */
export function mdxTags(body: string, component: string): Map<string, string>[] {
  const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const tag = new RegExp(`<${component}\\b([^>]*?)\\/?>`, 'g');
  return [...text.matchAll(tag)].map(
    (match) =>
      new Map(
        [...(match[1] ?? '').matchAll(ATTRIBUTE)].map((attribute) => [
          attribute[1]!,
          attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
        ]),
      ),
  );
}
