/** Sidebar, previous/next and breadcrumb data derived from ordered entries. */
import type { NavItem } from './site.ts';

export interface Neighbours {
  prev?: NavItem | undefined;
  next?: NavItem | undefined;
}

/** The entries before and after `index` in a list of links. */
export function neighbours(items: readonly NavItem[], index: number): Neighbours {
  return { prev: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
