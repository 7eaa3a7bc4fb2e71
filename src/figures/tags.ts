// Which figures a section shows, read from its raw MDX. The figures page and error messages need to know
// where a <Figure> is written before (or without) rendering it, so the tags are read from the text.

/** A `<Figure … />` as written: the dataset id and the options the author set. */
export interface FigureTag {
  id: string;
  chart?: string;
  sort?: string;
}

const TAG = /<Figure\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

/** Every `<Figure>` in an MDX body, in reading order. Comments (`{/* … *\/}`) are skipped. */
export function figureTags(body: string): FigureTag[] {
  const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return [...text.matchAll(TAG)].flatMap((match) => {
    const attributes = new Map([...(match[1] ?? '').matchAll(ATTRIBUTE)].map((attribute) => [attribute[1]!, attribute[2] ?? attribute[3] ?? attribute[4] ?? '']));
    const id = attributes.get('id');
    if (!id) return [];
    const chart = attributes.get('chart');
    const sort = attributes.get('sort');
    return [{ id, ...(chart !== undefined ? { chart } : {}), ...(sort !== undefined ? { sort } : {}) }];
  });
}
