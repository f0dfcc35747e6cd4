/** GraphQL enum definitions derived from the ontology's vocabularies. */
import { ENUMS } from './enums.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './ontology.js';

export function graphqlEnumTypeDefs(): string {
  const all: Record<string, readonly string[]> = {
    ...ENUMS,
    NodeLabel: NODE_LABELS,
    RelationshipType: RELATIONSHIP_TYPES,
  };
  return Object.entries(all)
    .map(
      ([name, values]) =>
        `"Defined in packages/model (the ontology)."\nenum ${name} {\n${values.map((v) => `  ${v}`).join('\n')}\n}`,
    )
    .join('\n\n');
}
