/** Where each model stands in its lifecycle on the build day, and the dated events (notices, last tuning days, shutdowns) that matter to a decision. */
import type { ModelData } from '../schemas.ts';

/** A model file as these functions read it (model-data.ts's ModelEntry fits). */
interface ModelFile {
  id: string;
  file: string;
  data: ModelData;
}
import { lastNewJobDay, type RouteEntry } from './tuning-routes.ts';
import { isoDay } from '../content/build-day.ts';

/** A model has shut down when its shutdown day is before the build day. */
export function isShutDown(model: ModelData, today: Date): boolean {
  const shutdown = model.lifecycle?.shutdown;
  return shutdown !== undefined && isoDay(shutdown) < isoDay(today);
}

/**
 * Where a model stands on the build day, the same way for every provider: `shut down` after its shutdown day;
 * `deprecated` once a shutdown is announced (it still answers until then); `superseded` when the maker offers a
 * newer model in its place without a shutdown; otherwise `current`.
 */
export type LifecycleStatus = 'current' | 'superseded' | 'deprecated' | 'shut down';

/** What a shutdown's date comes with, in one phrase: the replacement named, and how the date was read when not on the provider's own page. */
export function shutdownDetail(life: NonNullable<ModelData['lifecycle']>): string | undefined {
  const parts = [life.replacement ? `replacement named: ${life.replacement}` : '', life.reported ?? ''].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function lifecycleStatus(model: Pick<ModelData, 'lifecycle'>, today: Date): LifecycleStatus {
  const life = model.lifecycle;
  if (isShutDown(model as ModelData, today)) return 'shut down';
  if (life?.shutdown || life?.deprecationNotice) return 'deprecated';
  if (life?.supersededBy) return 'superseded';
  return 'current';
}

/** `lifecycle.supersededBy` must name a model file, and not the model itself. */
export function supersededByProblems(models: readonly ModelFile[]): string[] {
  const ids = new Set(models.map((m) => m.id));
  return models.flatMap(({ id, file, data }) => {
    const next = data.lifecycle?.supersededBy;
    if (!next) return [];
    if (next === id) return [`${file}: lifecycle.supersededBy names the model itself`];
    return ids.has(next) ? [] : [`${file}: lifecycle.supersededBy names no model in content/models/ ("${next}")`];
  });
}

/** One dated event that matters to the decision: a deprecation notice, a last day for tuning jobs, a shutdown. */
export interface LifecycleEvent {
  date: Date;
  model: string;
  name: string;
  what: 'deprecation notice' | 'last day for new tuning jobs' | 'shutdown';
  detail?: string | undefined;
  source: string;
  past: boolean;
}

export function lifecycleEvents(models: readonly ModelFile[], today: Date, routes: readonly RouteEntry[] = []): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  const past = (date: Date) => isoDay(date) < isoDay(today);
  for (const { id, data } of models) {
    const life = data.lifecycle;
    if (life?.deprecationNotice) events.push({ date: life.deprecationNotice, model: id, name: data.name, what: 'deprecation notice', source: life.source, past: past(life.deprecationNotice) });
    if (life?.shutdown) {
      const detail = shutdownDetail(life);
      events.push({ date: life.shutdown, model: id, name: data.name, what: 'shutdown', detail, source: life.source, past: past(life.shutdown) });
    }
    for (const route of routes) {
      const last = lastNewJobDay(route.data);
      if (!last || !route.data.bases.some((base) => base.model === id)) continue;
      const source = route.data.access.at(-1)!.source;
      events.push({ date: last, model: id, name: data.name, what: 'last day for new tuning jobs', detail: route.data.platform, source, past: past(last) });
    }
  }
  return events.sort((a, b) => a.date.getTime() - b.date.getTime() || a.name.localeCompare(b.name, 'en'));
}
