/**
 * Neo4j constraints and indexes derived from the ontology. Every statement is `IF NOT EXISTS`, so applying
 * them twice changes nothing. Names are derived too, so a renamed label yields a new, visible index.
 */
import { ENTITY_LABEL, NODE_LABELS, NODES, searchableProperties } from './ontology.js';
import { SEARCH_KEYS_INDEX } from './search-keys.js';

export const FULLTEXT_INDEX = 'entity_search';
/** The analyzer of the full-text index: the standard tokenizer, lower case, accents folded, English stop words. */
export const FULLTEXT_ANALYZER = 'standard-folding';
/**
 * The words that analyzer leaves out of the index, as Neo4j 5.26 lists them
 * (`db.index.fulltext.listAvailableAnalyzers`; an integration test checks they still agree). A search term
 * that is one of them can match nothing, so the search leaves them out of its query too.
 */
export const FULLTEXT_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

export function schemaStatements(): string[] {
  const statements = [
    `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  ];
  for (const label of NODE_LABELS) {
    const name = label.toLowerCase();
    statements.push(`CREATE CONSTRAINT ${name}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  // What the loader stores for the engine (packages/api/src/engine/coverage-store.ts, evidence-store.ts,
  // rule-index.ts).
  statements.push(
    'CREATE CONSTRAINT coverage_best_key IF NOT EXISTS FOR (n:CoverageBest) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT deployments_stored_jurisdiction IF NOT EXISTS FOR (n:DeploymentsStored) REQUIRE n.jurisdiction IS UNIQUE',
    'CREATE CONSTRAINT rules_by_target_key IF NOT EXISTS FOR (n:RulesByTarget) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT export_candidates_stored_destination IF NOT EXISTS FOR (n:ExportCandidatesStored) REQUIRE n.destination IS UNIQUE',
    // One API instance at a time refreshes the stores (packages/api/src/engine/store-lease.ts).
    'CREATE CONSTRAINT store_lease_name IF NOT EXISTS FOR (n:StoreLease) REQUIRE n.name IS UNIQUE',
  );
  // Properties the coverage engine filters on.
  const ranged: [string, string][] = [
    ['Jurisdiction', 'level'],
    ['Jurisdiction', 'region'],
    ['Instrument', 'binding'],
    ['Instrument', 'inForce'],
    ['Technology', 'riskLevel'],
    ['Actor', 'kind'],
  ];
  for (const [label, property] of ranged) {
    statements.push(
      `CREATE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    );
  }
  const fields = searchableProperties()
    .map((p) => `n.${p}`)
    .join(', ');
  const labels = NODE_LABELS.filter((l) => Object.keys(NODES[l].properties).length > 0).join('|');
  statements.push(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels}) ON EACH [${fields}] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}' } }`,
  );
  statements.push(
    `CREATE FULLTEXT INDEX ${SEARCH_KEYS_INDEX} IF NOT EXISTS FOR (n:${labels}) ON EACH [n.searchKeys] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }",
  );
  return statements;
}
