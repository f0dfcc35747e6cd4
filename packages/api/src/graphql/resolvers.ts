import { NODE_LABELS } from '@lacuna/model';
import { schemaVersion } from '../graph/schema.js';
import type { Context } from './context.js';

const COUNTS = `
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l IN $labels] AS label
RETURN label, count(*) AS count ORDER BY label`;

const ENTITY = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, n.nameFr AS nameFr`;

export const resolvers = {
  Query: {
    status: async (_: unknown, __: unknown, { graph }: Context) => ({
      schemaVersion: await schemaVersion(graph),
      counts: await graph.read(COUNTS, { labels: [...NODE_LABELS] }, { name: 'status.counts' }),
    }),
    entity: async (_: unknown, { id }: { id: string }, { graph }: Context) =>
      (await graph.read(ENTITY, { id }, { name: 'entity' }))[0] ?? null,
  },
};
