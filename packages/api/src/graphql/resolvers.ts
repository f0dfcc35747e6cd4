import { NODE_LABELS } from '@lacuna/model';
import { schemaVersion } from '../graph/schema.js';
import type { Context } from './context.js';
import { DateScalar, JSONScalar } from './inputs.js';
import { coverageResolvers } from './resolvers/coverage.js';
import { exploreResolvers } from './resolvers/explore.js';
import { gapResolvers } from './resolvers/gaps.js';
import { entityQuery, nodeResolvers } from './resolvers/nodes.js';

const COUNTS = `
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l IN $labels] AS label
RETURN label, count(*) AS count ORDER BY label`;

export const resolvers = {
  Date: DateScalar,
  JSON: JSONScalar,
  ...nodeResolvers,
  ...coverageResolvers,
  Query: {
    status: async (_: unknown, __: unknown, { graph }: Context) => ({
      schemaVersion: await schemaVersion(graph),
      counts: await graph.read(COUNTS, { labels: [...NODE_LABELS] }, { name: 'status.counts' }),
    }),
    entity: async (_: unknown, { id }: { id: string }, context: Context) => {
      const node = await entityQuery()(_, { id }, context);
      return node ? { ...node, __typename: 'Entity' } : null;
    },
    jurisdiction: entityQuery('Jurisdiction'),
    instrument: entityQuery('Instrument'),
    technology: entityQuery('Technology'),
    actor: entityQuery('Actor'),
    obligation: entityQuery('Obligation'),
    source: entityQuery('Source'),
    right: entityQuery('Right'),
    ...coverageResolvers.Query,
    ...gapResolvers.Query,
    ...exploreResolvers.Query,
  },
};
