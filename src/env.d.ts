/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Citation numbers of the page being rendered, in order of first citation (set by the route). */
    citeNumbers?: Map<string, number>;
    /** Markdown tables rendered so far on this page, for unique region names. */
    tableCount?: number;
  }
}
