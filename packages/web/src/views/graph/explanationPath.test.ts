import { describe, expect, it } from 'vitest';
import { coverage } from '../../test/fixtures';
import { explanationPath } from './explanationPath';
import { edgeKey, mergeGraphs } from './graphModel';

describe('the explanation path', () => {
  it('links place → body → instrument → technology → broader technology', () => {
    const path = explanationPath(coverage().coverage);
    expect(path.edges.map(edgeKey).sort()).toEqual(
      [
        'FR|MEMBER_OF|EU',
        'eu-ai-act|APPLIES_IN|EU',
        'eu-ai-act|REGULATES|biometric_identification',
        'facial_recognition|SUBTYPE_OF|biometric_identification',
      ].sort(),
    );
    expect(path.nodes.find((n) => n.id === 'eu-ai-act')?.label).toBe('Instrument');
    expect(path.nodes.find((n) => n.id === 'EU')?.label).toBe('Jurisdiction');
    expect(path.highlightNodes.has('FR')).toBe(true);
  });

  it('merges with fetched neighbourhoods without doubling an edge', () => {
    const path = explanationPath(coverage().coverage);
    const merged = mergeGraphs([
      {
        nodes: [
          { id: 'FR', label: 'Jurisdiction', name: 'France' },
          { id: 'EU', label: 'Jurisdiction', name: 'European Union' },
          { id: 'DE', label: 'Jurisdiction', name: 'Germany' },
        ],
        edges: [
          { id: 'r1', source: 'FR', target: 'EU', type: 'MEMBER_OF' },
          { id: 'r2', source: 'DE', target: 'XX', type: 'MEMBER_OF' },
        ],
      },
      path,
    ]);
    expect(merged.nodes.map((n) => n.id)).toContain('DE');
    expect(merged.edges.filter((e) => edgeKey(e) === 'FR|MEMBER_OF|EU').map((e) => e.id)).toEqual(['r1']);
    expect(merged.edges.some((e) => e.id === 'r2')).toBe(false);
    expect(merged.edgeByKey.get('FR|MEMBER_OF|EU')).toBe('r1');
  });
});
