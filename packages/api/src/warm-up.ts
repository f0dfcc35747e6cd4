/**
 * The dashboard's first requests, sent once to the API that just started: Neo4j plans each engine query
 * the first time it sees it, about a second each on a fresh JVM, and again for lists of another order of
 * size (the first compliance check on the curated data took 6 s, the next 0.2 s). Planned here, in the
 * background, for one cell and for a few, the first user does not wait for it.
 */
import type { Graph } from './graph/db.js';

/** A few cells the graph explains: jurisdictions where an instrument regulates a technology. */
const SAMPLE = `
MATCH (j:Jurisdiction)<-[:APPLIES_IN]-(:Instrument)-[:REGULATES]->(t:Technology)
WITH j, min(t.id) AS technology ORDER BY j.id LIMIT 4
RETURN j.id AS jurisdiction, technology`;

export const WARM_UP = `query WarmUp($j: ID!, $t: ID!, $footprint: [FootprintItemInput!]!) {
  coverage(jurisdiction: $j, technology: $t, activity: use) {
    level summary
    applicable { instrument { id name kind } mode level route provision jurisdictionPath { id } technologyPath { id } sources { id } }
    excluded { instrument { id } excludedBecause } excludedByReason { reason count } sources { id }
  }
  lean: complianceCheck(footprint: [{ jurisdiction: $j, technology: $t, activity: use, actor: private }]) {
    items { coverage { level applicable { instrument { id name } mode route } } }
  }
  complianceCheck(footprint: $footprint) {
    items { coverage { level summary applicable { instrument { id kind } jurisdictionPath { id } sources { id } } } }
    strictest { level explanation } summary { text }
  }
  coverageMatrix(jurisdictions: [$j], technologies: [$t], activity: use) { cells { level rules } }
  gaps(first: 10) { totalCount edges { node { id score } } }
  search(text: "data", first: 5) { id }
}`;

/** Sends the warm-up request; resolves to the GraphQL errors it met (none expected), null without data. */
export async function warmUp(graph: Graph, url: string): Promise<string[] | null> {
  const cells = await graph.read(SAMPLE, {}, { name: 'warm-up' });
  const [cell] = cells;
  if (!cell) return null;
  const footprint = cells.map((c) => ({ jurisdiction: c.jurisdiction, technology: c.technology, activity: 'use' }));
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: WARM_UP, variables: { j: cell.jurisdiction, t: cell.technology, footprint } }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return (body.errors ?? []).map((e) => e.message);
}
