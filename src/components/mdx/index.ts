/** Components available in every MDX file without an import. */
import Cite from '../Cite.astro';
import Aside from '../Aside.astro';
import Table from './Table.astro';
import Pre from './Pre.astro';
import Price from './Price.astro';
import Calc from './Calc.astro';
import ModelName from './ModelName.astro';
import Historical from './Historical.astro';
import DecisionChecklist from './DecisionChecklist.astro';
import DecisionRule from './DecisionRule.astro';

export const mdxComponents = { Cite, Aside, Price, Calc, ModelName, Historical, DecisionChecklist, DecisionRule, table: Table, pre: Pre };
