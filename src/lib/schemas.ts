/**
 * Zod schemas for every content collection, one module per content kind in src/lib/schemas/. `src/content.config.ts`
 * wires them to the files in `content/`; unit tests import them from here. They are the only validator of content:
 * a bad file fails the build with a message that names the file (Astro adds it) and the field (the issue path).
 */
export * from './schemas/fields.ts';
export * from './schemas/citation.ts';
export * from './schemas/pages.ts';
export * from './schemas/quiz.ts';
export * from './schemas/model.ts';
export * from './schemas/route.ts';
export * from './schemas/gpu.ts';
