/** The SDL served by the API: the hand-written schema plus the enums derived from the ontology. */
import { readFileSync } from 'node:fs';
import { graphqlEnumTypeDefs } from '@lacuna/model';

export function typeDefs(): string {
  const own = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
  return `${own}\n${graphqlEnumTypeDefs()}\n`;
}
