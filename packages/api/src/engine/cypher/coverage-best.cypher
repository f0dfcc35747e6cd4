// coverage-best — for each route, the best level its rules give each technology they name, for one or
// more (activity, actor) combinations: the same semantics as coverage.cypher (docs/coverage.md), without
// explanations. engine/coverage.ts gives a cell the best over its jurisdiction's routes and its
// technology's targets (coverage-routes.cypher). A route is expanded once however many jurisdictions
// share it (the world root, a body, a state for its regions); extraterritorial reach never sets a level,
// so it is not read. tests/integration/engine.test.ts and curated.test.ts check that every cell gets the
// level coverage.cypher gives it.
//
// Parameters: $places [string] (territorial routes), $bodies [string] (member routes),
//             $holders [string] (party routes), $asOf DATE, $modes [string] (strongest first),
//             $combos [{activity, actor}]
// Rows: route, combo (index in $combos), target (a technology id), rank (index in the coverage levels,
//       strongest first), modeRank (index in $modes), rules (how many rules apply)
CALL () {
  UNWIND $places AS placeId
  MATCH (:Jurisdiction {id: placeId})<-[ap:APPLIES_IN]-(i:Instrument)
  WHERE NOT coalesce(ap.from > $asOf, false) AND NOT coalesce(ap.until <= $asOf, false)
    AND coalesce(ap.scope, '') <> 'extraterritorial'
    // A treaty binds its parties only: it reaches a place by the party route.
    AND NOT coalesce(i.hasParties, EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) })
  RETURN placeId + '|territorial' AS route, i
  UNION ALL
  UNWIND $bodies AS bodyId
  MATCH (:Jurisdiction {id: bodyId})<-[ap:APPLIES_IN]-(i:Instrument)
  WHERE NOT coalesce(ap.from > $asOf, false) AND NOT coalesce(ap.until <= $asOf, false)
    AND coalesce(ap.scope, '') <> 'extraterritorial'
  RETURN bodyId + '|member' AS route, i
  UNION ALL
  UNWIND $holders AS holderId
  MATCH (:Jurisdiction {id: holderId})-[pt:PARTY_TO]->(i:Instrument)
  WHERE NOT coalesce(pt.since > $asOf, false) AND NOT coalesce(pt.until <= $asOf, false)
  RETURN holderId + '|party' AS route, i
}
WITH route, i
// Null-safe gates: a missing date never excludes (NOT null would drop the row).
WHERE i.status <> 'proposed' AND NOT coalesce(coalesce(i.inForce, i.adopted) > $asOf, false)
  AND NOT (i.status = 'adopted' AND i.inForce IS NULL) AND NOT coalesce(i.repealed <= $asOf, false)
  AND NOT (i.repealed IS NULL AND i.status IN ['repealed', 'superseded', 'struck_down', 'expired'])
MATCH (i)-[r:REGULATES]->(target:Technology)
WHERE NOT coalesce(r.from > $asOf, false) AND NOT coalesce(r.until <= $asOf, false)
WITH route, target.id AS target,
  CASE
    WHEN NOT i.binding THEN 3
    WHEN r.mode IN ['ban', 'moratorium'] AND r.condition IS NULL THEN 0
    WHEN r.mode <> 'general' THEN 1
    ELSE 2
  END AS rank,
  [k IN range(0, size($modes) - 1) WHERE $modes[k] = r.mode][0] AS modeRank,
  // The combinations this rule governs: using a technology is processing the data it captures; a rule
  // for public actors covers law enforcement; `all` needs a rule covering every actor class.
  [c IN range(0, size($combos) - 1) WHERE
    ($combos[c].activity IN r.activities OR ($combos[c].activity = 'use' AND 'data_processing' IN r.activities))
    AND ('all' IN r.actorsCovered OR $combos[c].actor IN r.actorsCovered
         OR ($combos[c].actor = 'law_enforcement' AND 'public' IN r.actorsCovered)
         OR ('public' IN r.actorsCovered AND 'private' IN r.actorsCovered))] AS combos
UNWIND combos AS combo
RETURN route, combo, target, min(rank) AS rank, min(modeRank) AS modeRank, count(*) AS rules
