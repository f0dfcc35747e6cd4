import { describe, expect, it } from 'vitest';
import { ENUMS } from './enums.js';
import { graphqlEnumTypeDefs } from './graphql-enums.js';
import { schemaStatements } from './neo4j-schema.js';
import { NODE_LABELS, NODES, RELATIONSHIPS } from './ontology.js';

describe('the ontology', () => {
  it('connects only labels it defines, and every seed key is unique per block', () => {
    const keys = new Set<string>();
    for (const rel of RELATIONSHIPS) {
      for (const label of [rel.from, ...rel.to]) expect(NODE_LABELS).toContain(label);
      const holders = rel.seedOn === 'to' ? rel.to : [rel.from];
      for (const holder of holders) {
        const key = `${holder}.${rel.seedKey}`;
        expect(keys.has(key), key).toBe(false);
        keys.add(key);
        expect(NODES[holder].properties[rel.seedKey], `${key} clashes with a property`).toBeUndefined();
      }
    }
  });

  it('uses only enums that exist, and every label has a required id and name', () => {
    for (const node of Object.values(NODES)) {
      expect(node.properties.id?.required).toBe(true);
      expect(node.properties.name?.required).toBe(true);
      for (const def of Object.values(node.properties)) {
        if (def.type.kind === 'enum' || def.type.kind === 'enumList') expect(Object.keys(ENUMS)).toContain(def.type.of);
      }
    }
  });

  it('derives a unique-id constraint per label and GraphQL enums from the same definitions', () => {
    const statements = schemaStatements().join('\n');
    for (const label of NODE_LABELS) expect(statements).toContain(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    const sdl = graphqlEnumTypeDefs();
    expect(sdl).toMatch(/enum RegulationMode \{\n {2}ban\n {2}moratorium/);
    expect(sdl).toContain('enum NodeLabel');
  });
});
