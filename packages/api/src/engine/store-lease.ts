/**
 * A lease that lets one API instance at a time refresh the stores (route levels, evidence, rule index):
 * two instances starting together, or at the same midnight, would each forget and rewrite them, and one
 * could write its `complete` marker over rows the other had just deleted.
 *
 * The lease is a (:StoreLease {name}) node, unique by name. Taking it locks the node first (SET), then
 * reads who holds it and until when: a second instance waits for the first one's transaction, then sees
 * its lease. A lease ends when its holder releases it, or when it expires (an instance that died holding it).
 */
import { randomUUID } from 'node:crypto';
import type { Graph } from '../graph/db.js';

const TAKE = `
MERGE (l:StoreLease {name: $name})
SET l.locked = true
WITH l, l.holder IS NULL OR l.until < datetime() OR l.holder = $holder AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.until = CASE WHEN free THEN datetime() + duration({seconds: $seconds}) ELSE l.until END
REMOVE l.locked
RETURN free, l.holder AS holder`;

const RELEASE = `
MATCH (l:StoreLease {name: $name, holder: $holder})
REMOVE l.holder, l.until`;

/** The lease of the engine's stores, taken by `./lacuna start`, the daily refresh, `pnpm derive` and loads. */
export const STORES_LEASE = 'stores';

/** Long enough for the largest refresh measured (about a minute at a million relationships). */
export const LEASE_SECONDS = 15 * 60;

export type Leased<T> = { taken: true; value: T } | { taken: false; holder: string };

/** Runs `work` holding the lease `name`, or returns who holds it. The lease is released after `work`. */
export async function withStoreLease<T>(
  graph: Graph,
  name: string,
  work: () => Promise<T>,
  options: { holder?: string; seconds?: number } = {},
): Promise<Leased<T>> {
  const holder = options.holder ?? randomUUID();
  const [row] = await graph.write(
    TAKE,
    { name, holder, seconds: options.seconds ?? LEASE_SECONDS },
    { name: 'store-lease.take' },
  );
  if (row?.free !== true) return { taken: false, holder: String(row?.holder ?? '') };
  try {
    return { taken: true, value: await work() };
  } finally {
    await graph.write(RELEASE, { name, holder }, { name: 'store-lease.release' });
  }
}

/**
 * Runs `work` holding the lease `name`, waiting first while another holds it: until it releases it, or
 * until its lease expires (so the wait is bounded by the holder's lease). `onWait` hears who holds it, once.
 */
export async function underStoreLease<T>(
  graph: Graph,
  name: string,
  work: () => Promise<T>,
  options: { holder?: string; seconds?: number; pollMs?: number; onWait?: (holder: string) => void } = {},
): Promise<T> {
  for (let waiting = false; ; waiting = true) {
    const leased = await withStoreLease(graph, name, work, options);
    if (leased.taken) return leased.value;
    if (!waiting) options.onWait?.(leased.holder);
    await new Promise((resume) => setTimeout(resume, options.pollMs ?? 1000));
  }
}

/** What a process waiting for the lease tells its user. */
export const waitingForLease = (holder: string) =>
  `Waiting for ${holder} to finish storing the engine's route levels, evidence and rule index…`;
