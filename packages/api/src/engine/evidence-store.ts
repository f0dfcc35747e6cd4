/**
 * Stored evidence: documented deployments per jurisdiction and technology, and export candidates
 * (evidence-store.cypher), so that a gap list reads a few hundred rows instead of walking every
 * deployment of the graph (docs/benchmarks.md). Deployments carry no date that these rows depend on, so
 * the store is valid until the data changes; like the stored route levels (coverage-store.ts), the
 * loader forgets it before it writes and stores it again after, and (:EvidenceStoredState {complete: true, format})
 * marks a finished store of the current STORE_FORMAT. Without one, the gap list computes the same rows live.
 */
import { cypher } from './cypher.js';
import { deleteInBatches, packList, STORE_FORMAT, type Run } from './coverage-store.js';

const FORGET = `
MATCH (n:DeploymentsStored|ExportCandidatesStored|EvidenceStoredState)
WITH n LIMIT 50000
DELETE n
RETURN count(*) AS deleted`;

export const forgetEvidence = (run: Run) => deleteInBatches(run, FORGET);

const WRITE = `
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.kind = 'deployments'
  CREATE (:DeploymentsStored {jurisdiction: row.key, counts: row.counts, entries: row.entries})
}
CALL (row) {
  WITH row WHERE row.kind = 'exports'
  CREATE (:ExportCandidatesStored {destination: row.key, entries: row.entries})
}`;
const WRITE_BATCH = 2_000;

/** Deployments listed per gap, the latest first; a gap's `deploymentCount` counts them all. */
export const MAX_GAP_DEPLOYMENTS = 20;

/** A deployment and its date (null: undated), as listed: [id, since]. */
export type DatedDeployment = [id: string, since: string | null];
/** A jurisdiction's deployments of one technology: [technology, count, the latest MAX_GAP_DEPLOYMENTS]. */
export type DeploymentEntry = [technology: string, count: number, latest: DatedDeployment[]];
/**
 * The same without the latest: [technology, count]. Stored apart (`counts`) because a gap list counts the
 * deployments of every jurisdiction it covers but lists those of its page only.
 */
export type DeploymentCount = [technology: string, count: number];
/** An export candidate into a destination: [vendor, home, technology, count]. */
export type ExportEntry = [vendor: string, home: string, technology: string, count: number];

export async function storeEvidence(run: Run): Promise<{ seconds: number }> {
  const started = performance.now();
  await forgetEvidence(run);
  const rows = (await run(cypher('evidence-store'), { latest: MAX_GAP_DEPLOYMENTS })).map((r) => ({
    kind: r.kind,
    key: r.key,
    entries: packList(r.entries as unknown[]),
    counts:
      r.kind === 'deployments'
        ? packList((r.entries as DeploymentEntry[]).map(([technology, count]): DeploymentCount => [technology, count]))
        : null,
  }));
  for (let i = 0; i < rows.length; i += WRITE_BATCH) await run(WRITE, { rows: rows.slice(i, i + WRITE_BATCH) });
  await run('CREATE (:EvidenceStoredState {complete: true, format: $format})', { format: STORE_FORMAT });
  return { seconds: (performance.now() - started) / 1000 };
}

const COMPLETE = `OPTIONAL MATCH (s:EvidenceStoredState {complete: true, format: $format}) RETURN s IS NOT NULL AS complete`;

/** Stores the evidence unless a complete store is there; null when it was. */
export async function refreshEvidence(run: Run): Promise<{ seconds: number } | null> {
  const [row] = await run(COMPLETE, { format: STORE_FORMAT });
  return row?.complete === true ? null : storeEvidence(run);
}
