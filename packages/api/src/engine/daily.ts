/**
 * A task run at every change of the UTC day while the API runs: the stored route levels are of one date,
 * and without a new store every query for "today" computes levels live after midnight (the matrix at L:
 * 0.2 s stored, 3.7 s live).
 */

/** Seconds after midnight UTC before the task runs, so that the clocks of the API and Neo4j agree. */
export const AFTER_MIDNIGHT_MS = 5_000;

/** Milliseconds from `now` until AFTER_MIDNIGHT_MS past the next midnight UTC. */
export function untilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return next - now.getTime() + AFTER_MIDNIGHT_MS;
}

/**
 * Runs `task` shortly after every midnight UTC until the returned function is called; a failure goes to
 * `failed` and the next day runs anyway. A task still running at the next midnight is not started twice.
 * The timer does not keep the process alive.
 */
export function everyUtcDay(task: () => Promise<void>, failed: (error: unknown) => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void task().catch(failed).finally(schedule), untilNextUtcDay(new Date()));
    timer.unref();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
