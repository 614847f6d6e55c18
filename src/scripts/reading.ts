/**
 * The reading pages' enhancements: the page menu, citation preview cards and copy buttons, as one module script
 * under /_astro/ with a hashed name, cached across pages and deferred as every module script is.
 * ReadingEnhancements.astro loads it, rendered by each component that has such elements (once per page however
 * many do); each enhancer does nothing on a page without its own. The contents highlight is TableOfContents.astro's
 * own script, since tool pages have contents and none of these.
 */
import { initPageMenus } from './page-menu.ts';
import { initCitePreviews } from './cite-preview.ts';
import { initCopyButtons } from './copy.ts';

// In the order their separate scripts ran.
initPageMenus();
initCitePreviews();
initCopyButtons();
