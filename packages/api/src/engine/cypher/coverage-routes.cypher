// coverage-routes — what the levels of many cells need besides the rules (engine/coverage.ts joins them):
// the routes by which law reaches each jurisdiction at the date, the targets a rule may name to reach each
// technology, and the date of the stored route levels (coverage-best.cypher run for every route, written
// by the loader: engine/coverage-store.ts). Semantics: docs/coverage.md.
//
// A route is '<place>|territorial' (instruments applying in the jurisdiction or a place it is PART_OF,
// except treaties with parties), '<body>|member' (instruments of a body a place is MEMBER_OF at the
// date) or '<place>|party' (instruments the jurisdiction or a place it is part of is PARTY_TO at the date).
// Parameters: $jurisdictions [string], $technologies [string], $asOf DATE, $format int (the STORE_FORMAT
//             of engine/coverage-store.ts: a store in another format counts as none)
// Rows: kind 'routes'  id = a jurisdiction, list = its routes
//       kind 'targets' id = a technology,   list = itself and its ancestors (SUBTYPE_OF closure)
//       kind 'stored'  id = the date of the stored route levels, or null when none is complete,
//                      list = the technologies their targets are numbered by (engine/coverage-store.ts)
UNWIND $jurisdictions AS jurisdictionId
MATCH (:Jurisdiction {id: jurisdictionId})-[:PART_OF*0..6]->(place:Jurisdiction)
OPTIONAL MATCH (place)-[m:MEMBER_OF]->(body:Jurisdiction)
  WHERE NOT coalesce(m.since > $asOf, false) AND NOT coalesce(m.until <= $asOf, false)
WITH jurisdictionId, collect(DISTINCT place.id) AS places, collect(DISTINCT body.id) AS bodies
RETURN 'routes' AS kind, jurisdictionId AS id,
  [p IN places | p + '|territorial'] + [b IN bodies | b + '|member'] + [p IN places | p + '|party'] AS list
UNION ALL
UNWIND $technologies AS technologyId
MATCH (:Technology {id: technologyId})-[:SUBTYPE_OF*0..10]->(target:Technology)
RETURN 'targets' AS kind, technologyId AS id, collect(DISTINCT target.id) AS list
UNION ALL
OPTIONAL MATCH (state:CoverageBestState {complete: true, format: $format})
RETURN 'stored' AS kind, toString(state.asOf) AS id, coalesce(state.targets, []) AS list
