// Which figures a section shows, read from its raw MDX. The figures page and error messages need to know
// where a <Figure> is written before (or without) rendering it, so the tags are read from the text.
import { mdxTags } from '../lib/mdx-tags';

/** A `<Figure … />` as written: the dataset id and the options the author set. */
export interface FigureTag {
  id: string;
  chart?: string;
  sort?: string;
}

/** Every `<Figure>` in an MDX body, in reading order. Comments (`{/* … *\/}`) are skipped. */
export function figureTags(body: string): FigureTag[] {
  return mdxTags(body, 'Figure').flatMap((attributes) => {
    const id = attributes.get('id');
    if (!id) return [];
    const chart = attributes.get('chart');
    const sort = attributes.get('sort');
    return [{ id, ...(chart !== undefined ? { chart } : {}), ...(sort !== undefined ? { sort } : {}) }];
  });
}
