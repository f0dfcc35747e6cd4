/** Per-request batching of entity, source and relationship reads, so resolvers never issue N+1 queries. */
import DataLoader from 'dataloader';
import type { Graph } from '../graph/db.js';
import { cypher } from '../engine/cypher.js';
import type { EntityRow } from '../engine/types.js';

export type { EntityRow };

export interface RelatedRow {
  type: string;
  dir: 'OUT' | 'IN';
  other: { id: string; name: string; nameFr: string | null; label: string };
  props: Record<string, unknown>;
}

export interface RelatedKey {
  id: string;
  type: string | null;
  dir: 'OUT' | 'IN' | null;
  limit?: number;
}

export function createLoaders(graph: Graph) {
  const entities = new DataLoader<string, EntityRow | null>(async (ids) => {
    const rows = (await graph.read(
      cypher('entities'),
      { ids: [...ids] },
      { name: 'entities' },
    )) as unknown as EntityRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const related = new DataLoader<RelatedKey, RelatedRow[], string>(
    async (keys) => {
      const limit = Math.max(...keys.map((k) => k.limit ?? 500));
      const rows = await graph.read(
        cypher('related'),
        { keys: keys.map((k) => ({ id: k.id, type: k.type, dir: k.dir })), limit },
        { name: 'related' },
      );
      return rows.map((r) => r.rels as RelatedRow[]);
    },
    { cacheKeyFn: (k) => `${k.id}|${k.type}|${k.dir}|${k.limit ?? 500}` },
  );
  return { entities, related };
}

export type Loaders = ReturnType<typeof createLoaders>;
