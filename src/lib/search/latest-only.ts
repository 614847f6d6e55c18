/**
 * Sends requests one at a time; while one is out, only the newest waiting request is kept. Typing fast then
 * never queues searches nobody will see, and a slow answer is never shown after a newer one.
 */
export function latestOnly<T>(send: (request: T, id: number) => void) {
  let nextId = 1;
  let inFlight: number | null = null;
  let waiting: { request: T; id: number } | null = null;
  return {
    request(request: T): void {
      const id = nextId++;
      if (inFlight === null) {
        inFlight = id;
        send(request, id);
      } else {
        waiting = { request, id };
      }
    },
    /** Call with the id of each answer: true if it answers the newest request (show it), false if stale. */
    answered(id: number): boolean {
      if (id !== inFlight) return false;
      inFlight = null;
      if (waiting === null) return true;
      const next = waiting;
      waiting = null;
      inFlight = next.id;
      send(next.request, next.id);
      return false;
    },
  };
}
