/**
 * The explorer's graph as plain data: neighbourhoods fetched one expansion at a time, merged by id.
 * Edges are also deduplicated by (source, type, target), so an explanation path drawn over a fetched
 * relationship highlights it instead of doubling it.
 */
import type { NodeLabel, RelationshipType } from '../../generated/graphql';

export interface GNode {
  id: string;
  label: NodeLabel;
  name: string;
  nameFr?: string | null;
}

export interface GEdge {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
}

export interface GraphPart {
  nodes: readonly GNode[];
  edges: readonly GEdge[];
}

export interface MergedGraph {
  nodes: GNode[];
  edges: GEdge[];
  /** Edge id by `source|type|target`. */
  edgeByKey: Map<string, string>;
}

export const edgeKey = (e: { source: string; type: string; target: string }) => `${e.source}|${e.type}|${e.target}`;

export function mergeGraphs(parts: readonly GraphPart[]): MergedGraph {
  const nodes = new Map<string, GNode>();
  for (const part of parts) for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map<string, GEdge>();
  const edgeByKey = new Map<string, string>();
  for (const part of parts) {
    for (const edge of part.edges) {
      if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      const key = edgeKey(edge);
      if (edgeByKey.has(key) || edges.has(edge.id)) continue;
      edges.set(edge.id, edge);
      edgeByKey.set(key, edge.id);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], edgeByKey };
}

/** Counts of nodes per label, for the type filter. */
export function countByLabel(nodes: readonly GNode[]): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>();
  for (const node of nodes) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
  return counts;
}
