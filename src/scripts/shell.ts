/**
 * The site shell's enhancements, on every page (BaseLayout.astro): the search trigger, the theme toggle and the
 * mobile menu, as one module script under /_astro/ with a hashed name, cached across pages and deferred as every
 * module script is (the CSP's 'self' covers it, where an inline copy needed a hash on each page). What must run
 * before first paint (the stored theme) stays inline in Head.astro. The reading pages' enhancements are
 * src/scripts/reading.ts, kept apart so the tool pages, which have none of their elements, do not load them.
 */
import { initSearchTrigger } from './search/trigger.ts';
import { initThemeToggle } from './theme.ts';
import { initMobileMenu } from './mobile-menu.ts';

// In the order their separate scripts ran.
initSearchTrigger();
initThemeToggle();
initMobileMenu();
