/**
 * Search keys (model/search-keys.ts) for entities written before the loader wrote them: a database loaded
 * by an earlier version has none, and its searches would not rank whole-name matches first until the
 * next load. Keys are computed in Node (Cypher cannot fold accents) and written in bounded batches.
 */
import { searchKeysOf } from '@lacuna/model';
import type { Run } from '../engine/coverage-store.js';

const WITHOUT_KEYS = `
MATCH (n:Entity) WHERE n.searchKeys IS NULL
RETURN n.id AS id, properties(n) AS props
LIMIT $limit`;

const WRITE_KEYS = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.searchKeys = row.keys`;

/** Entities given keys per write. */
const BATCH = 5000;

/** Writes the keys of every entity that has none; returns how many were written. */
export async function backfillSearchKeys(run: Run): Promise<number> {
  let written = 0;
  for (;;) {
    const rows = await run(WITHOUT_KEYS, { limit: BATCH });
    if (rows.length === 0) return written;
    await run(WRITE_KEYS, {
      rows: rows.map((row) => ({ id: row.id, keys: searchKeysOf(row.props as Record<string, unknown>) })),
    });
    written += rows.length;
  }
}
