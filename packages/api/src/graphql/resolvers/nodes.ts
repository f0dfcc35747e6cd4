/** Resolvers for entities and their relationships, all reads batched through the per-request loaders. */
import { NODES, type NodeLabel } from '@lacuna/model';
import type { Context } from '../context.js';
import type { EntityRow, RelatedRow } from '../loaders.js';

export type NodeValue = Record<string, unknown> & { id: string; label: string };

export function toNode(row: EntityRow): NodeValue {
  return { ...row.props, id: row.id, label: row.label };
}

export async function loadNode(context: Context, id: string, label?: NodeLabel): Promise<NodeValue | null> {
  const row = await context.loaders.entities.load(id);
  if (!row || (label && row.label !== label)) return null;
  return toNode(row);
}

export async function loadSources(context: Context, ids: unknown): Promise<NodeValue[]> {
  if (!Array.isArray(ids) || ids.length === 0) return [];
  const rows = await context.loaders.entities.loadMany([...new Set(ids as string[])]);
  return rows.filter((r): r is EntityRow => !!r && !(r instanceof Error) && r.label === 'Source').map(toNode);
}

const related = (context: Context, id: string, type: string | null, dir: 'OUT' | 'IN' | null, limit?: number) =>
  context.loaders.related.load({ id, type, dir, limit });

const others = async (context: Context, id: string, type: string, dir: 'OUT' | 'IN') =>
  (await related(context, id, type, dir)).map((r) => r.other);

const sources = (node: NodeValue, _: unknown, context: Context) => loadSources(context, node.sourceIds);

const common = { sources };

export const nodeResolvers = {
  Node: { __resolveType: (node: NodeValue) => (node.label in NODES ? node.label : 'Entity') },
  Entity: {
    ...common,
    // The stored properties only: `label` and the `__typename` the entity resolver sets are not stored.
    properties: (node: NodeValue) =>
      Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'label' && key !== '__typename')),
    relationships: async (node: NodeValue, { first }: { first: number }, context: Context) =>
      (await related(context, node.id, null, null, Math.min(Math.max(first, 1), 1000))).map((r: RelatedRow) => ({
        type: r.type,
        direction: r.dir,
        other: r.other,
        properties: r.props,
        sourceIds: r.props.sourceIds,
      })),
  },
  Relationship: {
    sources: (rel: { sourceIds: unknown }, _: unknown, context: Context) => loadSources(context, rel.sourceIds),
  },
  Jurisdiction: {
    ...common,
    parents: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'PART_OF', 'OUT'),
    children: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'PART_OF', 'IN'),
    memberships: async (n: NodeValue, _: unknown, c: Context) =>
      (await related(c, n.id, 'MEMBER_OF', 'OUT')).map((r) => ({
        body: r.other,
        since: r.props.since,
        until: r.props.until,
      })),
    instruments: async (n: NodeValue, _: unknown, c: Context) => [
      ...(await others(c, n.id, 'APPLIES_IN', 'IN')),
      ...(await others(c, n.id, 'PARTY_TO', 'OUT')),
    ],
  },
  Instrument: {
    ...common,
    appliesIn: async (n: NodeValue, _: unknown, c: Context) =>
      (await related(c, n.id, 'APPLIES_IN', 'OUT')).map((r) => ({ jurisdiction: r.other, ...r.props })),
    regulates: async (n: NodeValue, _: unknown, c: Context) =>
      (await related(c, n.id, 'REGULATES', 'OUT')).map((r) => ({ technology: r.other, ...r.props })),
    parties: async (n: NodeValue, _: unknown, c: Context) =>
      (await related(c, n.id, 'PARTY_TO', 'IN')).map((r) => ({ jurisdiction: r.other, ...r.props })),
  },
  Regulation: { sources: (r: { sourceIds: unknown }, _: unknown, c: Context) => loadSources(c, r.sourceIds) },
  Technology: {
    ...common,
    parents: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'SUBTYPE_OF', 'OUT'),
    children: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'SUBTYPE_OF', 'IN'),
    threatens: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'THREATENS', 'OUT'),
  },
  Actor: {
    ...common,
    headquarters: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'HEADQUARTERED_IN', 'OUT'),
  },
  Right: common,
  Obligation: {
    ...common,
    derivedFrom: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'DERIVED_FROM', 'OUT'),
    concerns: (n: NodeValue, _: unknown, c: Context) => others(c, n.id, 'CONCERNS', 'OUT'),
  },
  Source: common,
};

export function entityQuery(label?: NodeLabel) {
  return (_: unknown, { id }: { id: string }, context: Context) => loadNode(context, id, label);
}
