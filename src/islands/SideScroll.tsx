/**
 * A region for a table wider than its column: it scrolls sideways (styled as .table-wrap, base.css), and only
 * while it does is it a Tab stop and says so in its name.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useOverflows } from './overflow.ts';

interface Props {
  label: string;
  class?: string;
  children: ComponentChildren;
}

export function SideScroll({ label, class: extra, children }: Props) {
  const ref = useRef<HTMLElement>(null);
  const scrolls = useOverflows(ref, 'x', false);
  return (
    <section ref={ref} class={extra ? `table-wrap ${extra}` : 'table-wrap'} tabIndex={scrolls ? 0 : undefined} aria-label={scrolls ? `${label} (scrolls sideways)` : label}>
      {children}
    </section>
  );
}
