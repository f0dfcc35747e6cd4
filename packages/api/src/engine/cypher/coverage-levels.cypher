// coverage-levels — the level of each (jurisdiction × technology) cell, without explanations: the same
// semantics as coverage.cypher (docs/coverage.md), shaped for many cells at once. Every place a
// jurisdiction inherits law from (itself and what it is PART_OF, the bodies they are MEMBER_OF at the
// date) is expanded once for all the jurisdictions that share it, instead of once per jurisdiction: the
// world root and the bodies hold the same instruments for every state. Only PARTY_TO, each state's own,
// stays per jurisdiction. Extraterritorial reach never sets a level, so it is not read here.
// tests/integration/engine.test.ts checks that both queries give every cell the same level.
// (Written first as scripts/bench's reference query, where it was measured against coverage.cypher.)
//
// Parameters: $jurisdictions [string], $technologies [string], $activity string, $actor string,
//             $asOf DATE, $modes [string] (strongest first), $levels [string] (strongest first)
// Columns, one row per cell with at least one rule that applies (any other cell is level `none`):
//   jurisdiction, technology, level, strongestMode,
//   applying (rules that apply, counted once per place that brings them)
// Only ids travel with the rows: Neo4j accounts a row's whole size against transaction memory.
// 1. Targets a rule may name: the requested technologies and their ancestors, each with the requested
//    technologies it reaches.
UNWIND $technologies AS technologyId
MATCH (:Technology {id: technologyId})-[:SUBTYPE_OF*0..10]->(target:Technology)
WITH target.id AS targetId, collect(DISTINCT technologyId) AS reached
WITH collect(targetId) AS targetIds, collect(reached) AS reachedBy

// 2. Every jurisdiction's places: its ancestors (territorial), and the bodies they are members of at the
//    date (member). A handful of rows per jurisdiction.
UNWIND $jurisdictions AS jurisdictionId
MATCH (:Jurisdiction {id: jurisdictionId})-[:PART_OF*0..6]->(ancestor:Jurisdiction)
OPTIONAL MATCH (ancestor)-[m:MEMBER_OF]->(body:Jurisdiction)
  WHERE NOT coalesce(m.since > $asOf, false) AND NOT coalesce(m.until <= $asOf, false)
WITH targetIds, reachedBy, jurisdictionId,
  collect(DISTINCT ancestor.id + '|territorial') + collect(DISTINCT body.id + '|member') AS routes,
  collect(DISTINCT ancestor.id) AS ancestors
WITH targetIds, reachedBy, collect({j: jurisdictionId, routes: routes, ancestors: ancestors}) AS js

// 3. Once per distinct place and kind (and per jurisdiction for its own parties): the best level the
//    applicable rules give each target.
CALL (targetIds, reachedBy, js) {
  CALL (js) {
    UNWIND js AS jr
    UNWIND jr.routes AS route
    WITH DISTINCT route
    WITH route, split(route, '|') AS parts
    MATCH (:Jurisdiction {id: parts[0]})<-[ap:APPLIES_IN]-(i:Instrument)
    WHERE NOT coalesce(ap.from > $asOf, false) AND NOT coalesce(ap.until <= $asOf, false)
      AND coalesce(ap.scope, '') <> 'extraterritorial'
      AND (parts[1] = 'member' OR NOT coalesce(i.hasParties, EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) }))
    RETURN route, i
    UNION
    // PARTY_TO: each jurisdiction's own (through its ancestors), kept per jurisdiction.
    UNWIND js AS jr
    UNWIND jr.ancestors AS ancestorId
    MATCH (:Jurisdiction {id: ancestorId})-[pt:PARTY_TO]->(i:Instrument)
    WHERE NOT coalesce(pt.since > $asOf, false) AND NOT coalesce(pt.until <= $asOf, false)
    RETURN 'party|' + jr.j AS route, i
  }
  WITH route, i
  // Null-safe gates: a missing date never excludes (NOT null would drop the row).
  WHERE i.status <> 'proposed' AND NOT coalesce(coalesce(i.inForce, i.adopted) > $asOf, false)
    AND NOT (i.status = 'adopted' AND i.inForce IS NULL) AND NOT coalesce(i.repealed <= $asOf, false)
    AND NOT (i.repealed IS NULL AND i.status IN ['repealed', 'superseded', 'struck_down', 'expired'])
  MATCH (i)-[r:REGULATES]->(target:Technology)
  WHERE target.id IN targetIds AND NOT coalesce(r.from > $asOf, false) AND NOT coalesce(r.until <= $asOf, false)
    AND ($activity IN r.activities OR ($activity = 'use' AND 'data_processing' IN r.activities))
    AND ('all' IN r.actorsCovered OR $actor IN r.actorsCovered
         OR ($actor = 'law_enforcement' AND 'public' IN r.actorsCovered)
         OR ('public' IN r.actorsCovered AND 'private' IN r.actorsCovered))
  WITH route, target.id AS targetId,
    min(CASE
      WHEN NOT i.binding THEN 3
      WHEN r.mode IN ['ban', 'moratorium'] AND r.condition IS NULL THEN 0
      WHEN r.mode <> 'general' THEN 1
      ELSE 2
    END) AS rank, min([k IN range(0, size($modes) - 1) WHERE $modes[k] = r.mode][0]) AS modeRank,
    count(*) AS rules
  WITH route, collect({techs: reachedBy[[k IN range(0, size(targetIds) - 1) WHERE targetIds[k] = targetId][0]],
    rank: rank, modeRank: modeRank, rules: rules}) AS best
  RETURN collect({route: route, best: best}) AS routeBest
}

// 4. Each jurisdiction takes the best over its routes and its own parties.
UNWIND routeBest AS rb
UNWIND js AS jr
WITH rb, jr WHERE rb.route IN jr.routes OR rb.route = 'party|' + jr.j
UNWIND rb.best AS b
UNWIND b.techs AS technologyId
WITH jr.j AS jurisdiction, technologyId AS technology, min(b.rank) AS rank, min(b.modeRank) AS modeRank,
  sum(b.rules) AS applying
RETURN jurisdiction, technology, $levels[rank] AS level, $modes[modeRank] AS strongestMode, applying
