// What MDX authors may use in a section, passed to <Content components={…} />.
import Cite from './Cite.astro';
import Corrected from './Corrected.astro';
import Figure from './Figure.astro';
import HelpLine from './HelpLine.astro';
import Link from './Link.astro';
import Stat from './Stat.astro';
import Table from './Table.astro';
import Term from './Term.astro';

export const mdxComponents = { Cite, Corrected, Figure, HelpLine, Stat, Term, a: Link, table: Table };
