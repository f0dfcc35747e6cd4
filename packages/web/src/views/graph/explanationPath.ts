/**
 * "Why does this law apply here?" as graph elements: for each applicable rule, the jurisdiction's path
 * to where the instrument applies (PART_OF / MEMBER_OF / PARTY_TO), the instrument, and the technology's
 * path up the taxonomy to the technology the rule names.
 */
import type { CoverageExplained } from '../../components/coverage/types';
import { edgeKey, type GEdge, type GNode, type GraphPart } from './graphModel';

export interface PathPart extends GraphPart {
  /** Node ids and edge keys on the path. */
  highlightNodes: Set<string>;
  highlightEdges: Set<string>;
}

export function explanationPath(coverage: CoverageExplained): PathPart {
  const nodes = new Map<string, GNode>();
  const edges = new Map<string, GEdge>();
  const addNode = (node: GNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  const addEdge = (source: string, type: GEdge['type'], target: string) => {
    const key = edgeKey({ source, type, target });
    if (!edges.has(key)) edges.set(key, { id: `path:${key}`, source, type, target });
  };
  addNode({ ...coverage.jurisdiction });
  addNode({ ...coverage.technology });
  for (const rule of coverage.applicable) {
    const instrument = rule.instrument;
    addNode({ id: instrument.id, label: 'Instrument', name: instrument.name, nameFr: instrument.nameFr });
    rule.jurisdictionPath.forEach((step, index) => {
      addNode({ id: step.id, label: step.id === instrument.id ? 'Instrument' : 'Jurisdiction', name: step.name });
      const previous = rule.jurisdictionPath[index - 1];
      if (previous && step.via) addEdge(previous.id, step.via, step.id);
    });
    const placeEnd = rule.jurisdictionPath[rule.jurisdictionPath.length - 1];
    if (placeEnd && placeEnd.id !== instrument.id) addEdge(instrument.id, 'APPLIES_IN', placeEnd.id);
    rule.technologyPath.forEach((step, index) => {
      addNode({ id: step.id, label: 'Technology', name: step.name });
      const previous = rule.technologyPath[index - 1];
      if (previous && step.via) addEdge(previous.id, step.via, step.id);
    });
    const techEnd = rule.technologyPath[rule.technologyPath.length - 1];
    if (techEnd) addEdge(instrument.id, 'REGULATES', techEnd.id);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    highlightNodes: new Set(nodes.keys()),
    highlightEdges: new Set(edges.keys()),
  };
}
