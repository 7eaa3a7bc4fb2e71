// What MDX authors may use in a section, passed to <Content components={…} />.
import Cite from './Cite.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Cite, Stat };
