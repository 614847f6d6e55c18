/** Components available in every MDX file without an import. */
import Cite from '../Cite.astro';
import Aside from '../Aside.astro';
import Table from './Table.astro';
import Pre from './Pre.astro';
import DecisionChecklist from './DecisionChecklist.astro';

export const mdxComponents = { Cite, Aside, DecisionChecklist, table: Table, pre: Pre };
