export * from './enums.js';
export * from './ontology.js';
export * from './neo4j-schema.js';
export * from './search-keys.js';
export * from './legend.js';
export * from './graphql-enums.js';
