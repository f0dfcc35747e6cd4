// coverage-levels — the level of many (jurisdiction × technology) cells at once, without explanations:
// the same semantics as coverage.cypher (docs/coverage.md), shaped for the matrix, the map and the gaps.
// Every place a jurisdiction inherits law from (itself and what it is PART_OF; the bodies they are
// MEMBER_OF at the date) is expanded once for all the jurisdictions that share it, instead of once per
// jurisdiction; only PARTY_TO, each state's own, stays per jurisdiction. Extraterritorial reach never sets
// a level, so it is not read. tests/integration/engine.test.ts and curated.test.ts check that both queries
// give every cell the same level. Measured against coverage.cypher in docs/benchmarks.md.
//
// Two kinds of rows, joined by engine/coverage.ts — no row carries a list of jurisdictions or targets,
// because Neo4j accounts a row's whole size against transaction memory:
//   kind 'routes': jurisdiction, routes ['<place>|territorial', '<body>|member', 'party|<jurisdiction>']
//   kind 'best':   route, technology, rank (index in the coverage levels, strongest first), modeRank (index in $modes), rules (count)
// Parameters: $jurisdictions [string], $technologies [string], $activity string, $actor string,
//             $asOf DATE, $modes [string] (strongest first)
UNWIND $jurisdictions AS jurisdictionId
MATCH (:Jurisdiction {id: jurisdictionId})-[:PART_OF*0..6]->(ancestor:Jurisdiction)
OPTIONAL MATCH (ancestor)-[m:MEMBER_OF]->(body:Jurisdiction)
  WHERE NOT coalesce(m.since > $asOf, false) AND NOT coalesce(m.until <= $asOf, false)
WITH jurisdictionId,
  collect(DISTINCT ancestor.id + '|territorial') + collect(DISTINCT body.id + '|member') AS routes,
  collect(DISTINCT ancestor.id) AS ancestors
RETURN 'routes' AS kind, jurisdictionId AS jurisdiction, routes + ['party|' + jurisdictionId] AS routes,
  null AS route, null AS technology, null AS rank, null AS modeRank, null AS rules
UNION ALL
CALL () {
  // Each distinct place once: the jurisdictions' ancestors…
  UNWIND $jurisdictions AS jurisdictionId
  MATCH (:Jurisdiction {id: jurisdictionId})-[:PART_OF*0..6]->(place:Jurisdiction)
  WITH DISTINCT place
  MATCH (place)<-[ap:APPLIES_IN]-(i:Instrument)
  WHERE NOT coalesce(ap.from > $asOf, false) AND NOT coalesce(ap.until <= $asOf, false)
    AND coalesce(ap.scope, '') <> 'extraterritorial'
    AND NOT coalesce(i.hasParties, EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) })
  RETURN place.id + '|territorial' AS route, i
  UNION ALL
  // …the bodies they are members of (the date is checked per jurisdiction in its routes)…
  UNWIND $jurisdictions AS jurisdictionId
  MATCH (:Jurisdiction {id: jurisdictionId})-[:PART_OF*0..6]->(:Jurisdiction)-[:MEMBER_OF]->(body:Jurisdiction)
  WITH DISTINCT body
  MATCH (body)<-[ap:APPLIES_IN]-(i:Instrument)
  WHERE NOT coalesce(ap.from > $asOf, false) AND NOT coalesce(ap.until <= $asOf, false)
    AND coalesce(ap.scope, '') <> 'extraterritorial'
  RETURN body.id + '|member' AS route, i
  UNION ALL
  // …and each jurisdiction's own parties.
  UNWIND $jurisdictions AS jurisdictionId
  MATCH (:Jurisdiction {id: jurisdictionId})-[:PART_OF*0..6]->(:Jurisdiction)-[pt:PARTY_TO]->(i:Instrument)
  WHERE NOT coalesce(pt.since > $asOf, false) AND NOT coalesce(pt.until <= $asOf, false)
  RETURN 'party|' + jurisdictionId AS route, i
}
WITH route, i
// Null-safe gates: a missing date never excludes (NOT null would drop the row).
WHERE i.status <> 'proposed' AND NOT coalesce(coalesce(i.inForce, i.adopted) > $asOf, false)
  AND NOT (i.status = 'adopted' AND i.inForce IS NULL) AND NOT coalesce(i.repealed <= $asOf, false)
  AND NOT (i.repealed IS NULL AND i.status IN ['repealed', 'superseded', 'struck_down', 'expired'])
MATCH (i)-[r:REGULATES]->(target:Technology)
WHERE NOT coalesce(r.from > $asOf, false) AND NOT coalesce(r.until <= $asOf, false)
  AND ($activity IN r.activities OR ($activity = 'use' AND 'data_processing' IN r.activities))
  AND ('all' IN r.actorsCovered OR $actor IN r.actorsCovered
       OR ($actor = 'law_enforcement' AND 'public' IN r.actorsCovered)
       OR ('public' IN r.actorsCovered AND 'private' IN r.actorsCovered))
WITH route, target,
  min(CASE
    WHEN NOT i.binding THEN 3
    WHEN r.mode IN ['ban', 'moratorium'] AND r.condition IS NULL THEN 0
    WHEN r.mode <> 'general' THEN 1
    ELSE 2
  END) AS rank, min([k IN range(0, size($modes) - 1) WHERE $modes[k] = r.mode][0]) AS modeRank, count(*) AS rules
UNWIND [d IN target.descendants WHERE d IN $technologies] AS technology
WITH route, technology, min(rank) AS rank, min(modeRank) AS modeRank, sum(rules) AS rules
RETURN 'best' AS kind, null AS jurisdiction, null AS routes, route, technology, rank, modeRank, rules
