/** Fields shared by several content kinds: links, ids, paths, the review day, search aliases, and where a fact was read. */
import { z } from 'astro/zod';
import { buildDate, isoDay } from '../content/build-day.ts';

/** A canonical link: absolute, well-formed, https only. */
export const httpsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an absolute https:// URL');

/** A citation id: the YAML file's name, kebab-case. */
export const citationId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'citation ids are kebab-case: lowercase letters, digits and hyphens');

/** The id of another entry (a guide, a scenario), i.e. its file name without extension. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case file names without extension');

/** A site-internal path such as `/guides/overview/#costs`. */
export const internalPath = z
  .string()
  .regex(/^\/(?!\/)[^\s]*$/, 'must be a site path starting with a single "/"');

/**
 * The day a page's text was last reviewed against its sources: required on every guide, scenario and FAQ
 * answer, shown near its title and as its dateModified. A day after the build day (a typo, or a review not yet
 * done) fails, as does a missing one.
 */
export const reviewedDate = z
  .preprocess(
    (value) => (typeof value === 'string' ? new Date(value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? 'required: the day the page was last reviewed, as reviewed: YYYY-MM-DD'
          : 'must be a date such as 2026-12-07',
    }),
  )
  .refine((day) => isoDay(day) <= isoDay(buildDate()), {
    error: (issue) => `${isoDay(issue.input as Date)} is after the build day ${isoDay(buildDate())}: a review cannot be dated in the future`,
  });
/**
 * Words a reader may search with for a page's subject that its own text does not use: plain words for a
 * term of art ("slow" for latency), a device named for "on-device", a newcomer's phrasing. The site search
 * matches them below the page's own words; they are never shown or linked.
 */
export const searchAliases = z.array(z.string().trim().min(2).max(60)).max(24).default([]);

/**
 * The same for one section of a long page, keyed by its heading's anchor (`prompt-length-and-caching`): the reader's
 * words for what that section answers, when they are not the page's subject as a whole ("slow with long prompts").
 * An anchor that no ## or ### heading of the page has fails the build, naming file and key.
 */
export const sectionAliases = z
  .record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a heading anchor such as prompt-length-and-caching'), z.array(z.string().trim().min(2).max(60)).min(1).max(12))
  .default({});

/** A date read from a page: YAML dates and ISO strings both become a Date. */
export const day = z.coerce.date({ error: 'a date such as 2026-11-24' });

/** Where a fact came from: the research-index id of the page it was read on, and the day it was read. */
export const sourcedSchema = z.strictObject({
  /** Day the figure was read on `source`. Prices older than 180 days are listed by the content check, older than 365 fail. */
  asOf: day,
  /** Citation id (a file in content/citations/) of the page that shows the figure. */
  source: citationId,
});

/** US dollars per million tokens; zero is allowed (free tiers), negative is not. */
export const perMTok = z.number().min(0, 'a price per million tokens cannot be negative');
/** US dollars per hour; zero is allowed, negative is not. */
export const perHour = z.number().min(0, 'an hourly price cannot be negative');
