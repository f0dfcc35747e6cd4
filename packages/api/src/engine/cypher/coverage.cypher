// coverage — the rules considered for each (jurisdiction × technology) cell, for one activity, one actor
// class and one date: the route by which each reaches the jurisdiction, the reason it is excluded (null
// when it applies), and the level of the cell. Semantics: docs/coverage.md. For a few cells that a user
// reads; coverage-routes.cypher and coverage-best.cypher give the same levels for many cells at once.
//
// Parameters:
//   $cells         [{jurisdiction, technology}]  the cells to explain (ids)
//   $maxExcluded   int       excluded rules listed per cell and reason (all are counted)
//   $excluded      boolean   consider excluded rules at all (false: only rules that apply, no counts)
//   $paths         boolean   build each rule's jpath and tpath (false: empty lists)
//   $details       boolean   each rule's instrument details, activities, actorsCovered, condition, from,
//                            until and sources (false: the instrument's id and name only, and none of these)
//   $activity      string    an Activity
//   $actor         string    an ActorClass
//   $asOf          DATE
//   $modes         [string]  regulation modes, strongest first (from the ontology)
//   $levels        [string]  coverage levels, strongest first (from the ontology)
//   $format        int       the STORE_FORMAT of engine/coverage-store.ts (a rule index in another format
//                            counts as none)
// Columns, one row per cell with at least one rule considered (any other cell is level `none`):
//   jurisdiction, technology, level, strongestMode, applying (count of rules that apply),
//   excludedCounts [{reason, count}], rules (every rule that applies, the first $maxExcluded per reason of
//   the others, by instrument id),
//   rules [map]: instrument {id, name, nameFr, kind, binding, status, citation, url, inForce, repealed},
//   mode, level, provision, route, reason, activities, actorsCovered, condition, from, until, sources,
//   jpath [{id, name, via}] (jurisdiction → … → instrument), tpath [{id, name, via}] (technology → … → target)

// 1. Each cell's technology and its ancestors: the targets a rule may name; cells grouped by jurisdiction.
//    (Only ids travel with the rows below: Neo4j accounts a row's whole size against transaction memory.)
OPTIONAL MATCH (index:RuleIndexState {complete: true, format: $format})
WITH count(index) > 0 AS indexed
UNWIND $cells AS cell
MATCH (:Technology {id: cell.technology})-[:SUBTYPE_OF*0..10]->(target:Technology)
WITH indexed, cell.jurisdiction AS jurisdictionId, collect(DISTINCT cell.technology) AS technologyIds,
  collect(DISTINCT target.id) AS targetIds

// 2. What each owner of law reaching the jurisdiction holds that names one of the targets. Owners: the
//    places J is part of (instruments applying there, treaties they are party to) and the bodies those
//    places are or were members of. Read from the rule index (engine/rule-index.ts) when it is complete;
//    else found by reading every instrument of the owner.
MATCH (j:Jurisdiction {id: jurisdictionId})
CALL (j, targetIds, indexed) {
  MATCH (j)-[:PART_OF*0..6]->(place:Jurisdiction)
  OPTIONAL MATCH (place)-[:MEMBER_OF]->(body:Jurisdiction)
  WITH collect(DISTINCT place) + collect(DISTINCT body) AS owners
  UNWIND owners AS owner
  WITH DISTINCT owner
  CALL (owner, targetIds, indexed) {
    WITH owner WHERE indexed
    UNWIND targetIds AS targetId
    MATCH (entry:RulesByTarget {key: owner.id + '|' + targetId})
    UNWIND entry.instruments AS instrumentId
    MATCH (i:Instrument {id: instrumentId})
    RETURN i
    UNION
    WITH owner WHERE NOT indexed
    CALL (owner) {
      MATCH (owner)<-[:APPLIES_IN]-(i:Instrument) RETURN i
      UNION
      MATCH (owner)-[:PARTY_TO]->(i:Instrument) RETURN i
    }
    WITH i WHERE EXISTS { (i)-[:REGULATES]->(t:Technology) WHERE t.id IN targetIds }
    RETURN i
  }
  WITH owner, collect(i) AS held
  RETURN collect([owner, held]) AS holdings
}

// 3. Every route by which those instruments reach the jurisdiction, with the route's own gate: the path
//    J → … → the owner (pj), then the relationship from the owner to the instrument (via).
CALL (j, holdings) {
  // Applies in J or in a jurisdiction J is part of.
  MATCH pj = (j)-[:PART_OF*0..6]->(place:Jurisdiction)
  UNWIND [h IN holdings WHERE h[0] = place][0][1] AS i
  MATCH (place)<-[ap:APPLIES_IN]-(i)
  RETURN i, pj, 'APPLIES_IN' AS via,
    CASE WHEN ap.scope = 'extraterritorial' THEN 'EXTRATERRITORIAL' WHEN length(pj) = 0 THEN 'TERRITORIAL' ELSE 'PART_OF' END AS route,
    CASE
      WHEN ap.from > $asOf THEN 'NOT_YET_APPLICABLE_HERE'
      WHEN ap.until <= $asOf THEN 'NO_LONGER_APPLICABLE_HERE'
      // A treaty binds its parties only: reaching J through INT is not enough.
      WHEN i.hasParties THEN 'NOT_A_PARTY_AT_DATE'
      // Reaching J's actors from abroad informs, but does not govern the activity in J (docs/coverage.md).
      WHEN ap.scope = 'extraterritorial' THEN 'EXTRATERRITORIAL_ONLY'
    END AS gate
  UNION ALL
  // Applies in a body J (or a parent) is a member of.
  MATCH pj = (j)-[:PART_OF*0..6]->(:Jurisdiction)-[m:MEMBER_OF]->(body:Jurisdiction)
  UNWIND [h IN holdings WHERE h[0] = body][0][1] AS i
  MATCH (body)<-[ap:APPLIES_IN]-(i)
  RETURN i, pj, 'APPLIES_IN' AS via,
    CASE WHEN ap.scope = 'extraterritorial' THEN 'EXTRATERRITORIAL' ELSE 'MEMBER_OF' END AS route,
    CASE
      WHEN m.since > $asOf OR m.until <= $asOf THEN 'NOT_A_MEMBER_AT_DATE'
      WHEN ap.from > $asOf THEN 'NOT_YET_APPLICABLE_HERE'
      WHEN ap.until <= $asOf THEN 'NO_LONGER_APPLICABLE_HERE'
      WHEN ap.scope = 'extraterritorial' THEN 'EXTRATERRITORIAL_ONLY'
    END AS gate
  UNION ALL
  // J (or a parent) is party to it.
  MATCH pj = (j)-[:PART_OF*0..6]->(place:Jurisdiction)
  WITH pj, place, [h IN holdings WHERE h[0] = place][0][1] AS held
  MATCH (place)-[pt:PARTY_TO]->(i:Instrument)
  WHERE i IN held
  RETURN i, pj, 'PARTY_TO' AS via, 'PARTY_TO' AS route,
    CASE WHEN pt.since > $asOf OR pt.until <= $asOf THEN 'NOT_A_PARTY_AT_DATE' END AS gate
}

// 4. The instrument's own dates, then each REGULATES edge reaching one of the technologies.
WITH technologyIds, targetIds, j, i, pj, via, route,
  coalesce(gate, CASE
    WHEN i.status = 'proposed' THEN 'NOT_YET_IN_FORCE'
    WHEN coalesce(i.inForce, i.adopted) > $asOf THEN 'NOT_YET_IN_FORCE'
    WHEN i.status = 'adopted' AND i.inForce IS NULL THEN 'NOT_YET_IN_FORCE'
    WHEN i.repealed <= $asOf THEN 'REPEALED'
    WHEN i.repealed IS NULL AND i.status IN ['repealed', 'superseded', 'struck_down', 'expired'] THEN 'REPEALED'
  END) AS gate
// Without excluded rules, a route that cannot apply (every treaty J is not party to) is dropped here.
WHERE $excluded OR gate IS NULL
MATCH (i)-[r:REGULATES]->(target:Technology)
WHERE target.id IN targetIds
WITH technologyIds, j, i, r, target, pj, via, route,
  coalesce(gate, CASE
    WHEN r.from > $asOf THEN 'PROVISION_NOT_YET_APPLICABLE'
    WHEN r.until <= $asOf THEN 'PROVISION_NO_LONGER_APPLIES'
    // Using a surveillance technology is processing the personal data it captures (docs/coverage.md).
    WHEN NOT ($activity IN r.activities OR ($activity = 'use' AND 'data_processing' IN r.activities)) THEN 'OTHER_ACTIVITY'
    WHEN NOT ('all' IN r.actorsCovered OR $actor IN r.actorsCovered
              OR ($actor = 'law_enforcement' AND 'public' IN r.actorsCovered)
              OR ('public' IN r.actorsCovered AND 'private' IN r.actorsCovered)) THEN 'OTHER_ACTORS'
  END) AS reason
WHERE $excluded OR reason IS NULL

// 5. Keep the best route per rule: one that applies, then the most direct.
ORDER BY CASE WHEN reason IS NULL THEN 0 ELSE 1 END,
  CASE route WHEN 'TERRITORIAL' THEN 0 WHEN 'PARTY_TO' THEN 1 WHEN 'MEMBER_OF' THEN 2 WHEN 'PART_OF' THEN 3 ELSE 4 END,
  length(pj)
WITH technologyIds, j, i, r, target, head(collect({route: route, reason: reason, pj: pj, via: via})) AS best
WITH technologyIds, j, i, r, target, best,
  CASE
    WHEN NOT i.binding THEN 'soft'
    WHEN r.mode IN ['ban', 'moratorium'] AND r.condition IS NULL THEN 'prohibited'
    WHEN r.mode <> 'general' THEN 'specific'
    ELSE 'general'
  END AS level
WITH technologyIds, j, i, r, target, best, level,
  CASE WHEN best.reason IS NULL THEN [k IN range(0, size($levels) - 1) WHERE $levels[k] = level][0] END AS levelRank,
  CASE WHEN best.reason IS NULL THEN [k IN range(0, size($modes) - 1) WHERE $modes[k] = r.mode][0] END AS modeRank

// 6. Each rule reaches the cells' technologies that are its target or subtypes of it
//    (`descendants` is the SUBTYPE_OF closure, recomputed by the loader after every write).
UNWIND [x IN target.descendants WHERE x IN technologyIds] AS techId

// 7. Every rule that applies, and the first $maxExcluded of the others per reason: a dense cell considers
//    thousands of rules that do not apply (every treaty the state is not party to), and explaining each
//    one (paths, sources) would cost more than the rest of the answer.
WITH j, techId, i, r, target, best, level, levelRank, modeRank ORDER BY i.id, r.key
WITH j, techId, best.reason AS reason,
  collect({i: i, r: r, target: target, best: best, level: level, levelRank: levelRank, modeRank: modeRank}) AS considered
WITH j, techId, reason, size(considered) AS total,
  CASE WHEN reason IS NULL THEN considered ELSE considered[0..$maxExcluded] END AS kept
UNWIND kept AS k
WITH j, techId, reason, total, k.i AS i, k.r AS r, k.target AS target, k.best AS best, k.level AS level,
  k.levelRank AS levelRank, k.modeRank AS modeRank
// 8. Each rule as the answer shows it: what identifies and ranks it, then the details if asked for (the
//    GraphQL layer reads an instrument by id if its details are selected anyway).
WITH j, techId, reason, total, target, levelRank, modeRank, i, r, {
    // Dates as ISO strings: the driver builds a date object per value with 64-bit integer arithmetic.
    instrument: CASE WHEN $details THEN i {.id, .name, .nameFr, .kind, .binding, .status, .citation, .url,
      inForce: toString(i.inForce), repealed: toString(i.repealed)} ELSE i {.id, .name} END,
    mode: r.mode, level: level, provision: r.provision, route: best.route, reason: best.reason,
    jpath: CASE WHEN $paths THEN [k IN range(0, length(best.pj)) | {
      id: nodes(best.pj)[k].id, name: nodes(best.pj)[k].name,
      via: CASE WHEN k = 0 THEN null ELSE type(relationships(best.pj)[k - 1]) END
    }] + [{id: i.id, name: i.name, via: best.via}] ELSE [] END
  } AS rule
// 9. The rules of each target together, so that its technology path is found once, not once per rule.
WITH j, techId, target, min(levelRank) AS bestLevel, min(modeRank) AS bestMode, count(levelRank) AS applying,
  collect(DISTINCT CASE WHEN reason IS NOT NULL THEN {reason: reason, count: total} END) AS excludedCounts,
  collect(CASE WHEN $details THEN rule {.*,
    activities: r.activities, actorsCovered: r.actorsCovered, condition: r.condition,
    from: toString(r.from), until: toString(r.until),
    sources: coalesce(r.sourceIds, []) + coalesce(i.sourceIds, [])
  } ELSE rule END) AS rules
WITH j, techId, bestLevel, bestMode, applying, excludedCounts, rules,
  CASE WHEN $paths THEN COLLECT {
    MATCH tp = (:Technology {id: techId})-[:SUBTYPE_OF*0..10]->(target)
    RETURN [k IN range(0, length(tp)) | {
      id: nodes(tp)[k].id, name: nodes(tp)[k].name, via: CASE WHEN k = 0 THEN null ELSE 'SUBTYPE_OF' END
    }] AS steps
    ORDER BY length(tp) LIMIT 1
  }[0] ELSE [] END AS tpath
WITH j, techId, min(bestLevel) AS bestLevel, min(bestMode) AS bestMode, sum(applying) AS applying,
  collect(excludedCounts) AS excludedLists, collect([rule IN rules | rule {.*, tpath: tpath}]) AS ruleLists
RETURN j.id AS jurisdiction, techId AS technology,
  coalesce($levels[bestLevel], 'none') AS level,
  $modes[bestMode] AS strongestMode,
  applying,
  // A reason's count is the same on every target's row: keep each {reason, count} once.
  reduce(acc = [], list IN excludedLists | acc + [x IN list WHERE NOT x IN acc]) AS excludedCounts,
  reduce(acc = [], list IN ruleLists | acc + list) AS rules
