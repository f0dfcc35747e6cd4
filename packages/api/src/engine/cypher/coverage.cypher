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
//   $asOfText      string    the same date as YYYY-MM-DD (the rule index holds dates as ISO strings)
//   $modes         [string]  regulation modes, strongest first (from the ontology)
//   $levels        [string]  coverage levels, strongest first (from the ontology)
//   $format        int       the STORE_FORMAT of engine/coverage-store.ts (a rule index in another format
//                            counts as none)
// Columns, one row per cell with at least one rule considered (any other cell is level `none`):
//   jurisdiction, technology, level, strongestMode, applying (count of rules that apply),
//   excludedCounts [{reason, count}], byTarget [[tpath, rules]]: the rules of each target they name, with
//   the path technology → … → target ([{id, name, via}]; empty without $paths), every rule that applies
//   and the first $maxExcluded per reason of the others, by instrument id;
//   a rule [map]: instrument {id, name, nameFr, kind, binding, status, citation, url, inForce, repealed},
//   mode, level, provision, route, reason, activities, actorsCovered, condition, from, until, sources,
//   jpath [{id, name, via}] (jurisdiction → … → instrument);
//   and sources [{id, label, props}]: the Source entities those rules cite (with $details; else empty)

// 1. Each cell's technology and its ancestors: the targets a rule may name; cells grouped by jurisdiction.
//    (Only ids travel with the rows below: Neo4j accounts a row's whole size against transaction memory.)
OPTIONAL MATCH (index:RuleIndexState {complete: true, format: $format})
WITH count(index) > 0 AS indexed
UNWIND $cells AS cell
WITH indexed, cell.jurisdiction AS jurisdictionId, collect(DISTINCT cell.technology) AS technologyIds
// reaching: each technology asked about in the jurisdiction, once, with its targets: [technology, [target]].
CALL (technologyIds) {
  UNWIND technologyIds AS technologyId
  MATCH (:Technology {id: technologyId})-[:SUBTYPE_OF*0..10]->(target:Technology)
  WITH technologyId, collect(DISTINCT target.id) AS ancestors
  RETURN collect([technologyId, ancestors]) AS reaching
}
WITH indexed, jurisdictionId, reaching,
  reduce(acc = [], c IN reaching | acc + [t IN c[1] WHERE NOT t IN acc]) AS targetIds

// 2. Each jurisdiction's routes: every place it is part of (itself included: pj has length 0), and every
//    body those places are or were members of (m), with the path J → … → the owner of the law (pj).
MATCH (j:Jurisdiction {id: jurisdictionId})
CALL (j) {
  MATCH pj = (j)-[:PART_OF*0..6]->(place:Jurisdiction)
  RETURN place AS owner, pj, null AS m
  UNION ALL
  MATCH pj = (j)-[:PART_OF*0..6]->(:Jurisdiction)-[m:MEMBER_OF]->(body:Jurisdiction)
  RETURN body AS owner, pj, m
}
WITH indexed, collect({j: j, reaching: reaching, targetIds: targetIds, owner: owner, pj: pj, m: m}) AS routes

// 3. Each owner once, however many of the cells' jurisdictions it reaches (the world root reaches them
//    all), with every target those cells ask about: the rules it holds, and the gates that do not depend on
//    the jurisdiction. Each rule comes with its values (rule-rows.cypher): from the rule index
//    (engine/rule-index.ts) when it is complete; else from walking every instrument of the owner, by the
//    same fragment that writes the index.
CALL (routes, indexed) {
  UNWIND routes AS way
  UNWIND way.targetIds AS targetId
  // asBody: some jurisdiction reaches the owner as a body it is a member of (m), not only as a place.
  WITH indexed, way.owner AS owner, collect(DISTINCT targetId) AS targetIds,
    true IN collect(way.m IS NOT NULL) AS asBody
  CALL (targetIds) {
    MATCH (t:Technology) WHERE t.id IN targetIds
    RETURN collect(t) AS targets
  }
  CALL (owner, targets, targetIds, indexed) {
    WITH owner, targets WHERE indexed
    UNWIND targets AS target
    MATCH (entry:RulesByTarget {key: owner.id + '|' + target.id})
    UNWIND range(0, size(entry.instruments) - 1) AS k
    RETURN target, entry.instruments[k] AS id, entry.names[k] AS name, entry.binding[k] AS binding,
      entry.parties[k] AS parties, entry.status[k] AS status, entry.inForce[k] AS inForce,
      entry.adopted[k] AS adopted, entry.repealed[k] AS repealed, entry.via[k] AS via, entry.abroad[k] AS abroad,
      entry.start[k] AS start, entry.end[k] AS end, entry.rules[k] AS key, entry.modes[k] AS mode,
      entry.provisions[k] AS provision, entry.from[k] AS from, entry.until[k] AS until,
      entry.activities[k] AS activities, entry.actors[k] AS actors, entry.conditional[k] AS conditional
    UNION ALL
    WITH owner, targetIds WHERE NOT indexed
// include rule-rows
    RETURN target, id, name, binding, parties, status, inForce, adopted, repealed, via, abroad, start, end, key,
      mode, provision, from, until, activities, actors, conditional
  }
  // The dates of the link to the owner, the instrument's own, then the provision's, and what it covers.
  WITH owner, asBody, target, id, name, binding, parties, via, abroad, key, mode, provision, from, until, activities,
    actors, conditional,
    CASE
      WHEN via = 'PARTY_TO' THEN CASE WHEN start > $asOfText OR (end <> '' AND end <= $asOfText) THEN 'NOT_A_PARTY_AT_DATE' END
      WHEN start > $asOfText THEN 'NOT_YET_APPLICABLE_HERE'
      WHEN end <> '' AND end <= $asOfText THEN 'NO_LONGER_APPLICABLE_HERE'
    END AS linkGate,
    CASE
      WHEN status = 'proposed' THEN 'NOT_YET_IN_FORCE'
      WHEN CASE WHEN inForce <> '' THEN inForce ELSE adopted END > $asOfText THEN 'NOT_YET_IN_FORCE'
      WHEN status = 'adopted' AND inForce = '' THEN 'NOT_YET_IN_FORCE'
      WHEN repealed <> '' AND repealed <= $asOfText THEN 'REPEALED'
      WHEN repealed = '' AND status IN ['repealed', 'superseded', 'struck_down', 'expired'] THEN 'REPEALED'
    END AS instrumentGate
  // Without excluded rules, what no route lets apply is dropped here: a link or an instrument not in force
  // at the date, reach from abroad, and a treaty applying in a place, which binds its parties only (by
  // their PARTY_TO), unless the owner is also a body: a body's law binds its members (step 4).
  WHERE $excluded OR (linkGate IS NULL AND instrumentGate IS NULL AND NOT abroad
    AND NOT (via = 'APPLIES_IN' AND parties AND NOT asBody))
  WITH owner, target, id, name, binding, via, abroad, parties, linkGate, key, mode, provision, conditional,
  coalesce(instrumentGate, CASE
    WHEN from > $asOfText THEN 'PROVISION_NOT_YET_APPLICABLE'
    WHEN until <> '' AND until <= $asOfText THEN 'PROVISION_NO_LONGER_APPLIES'
    // Using a surveillance technology is processing the personal data it captures (docs/coverage.md).
    WHEN NOT (activities CONTAINS '|' + $activity + '|' OR ($activity = 'use' AND activities CONTAINS '|data_processing|')) THEN 'OTHER_ACTIVITY'
    WHEN NOT (actors CONTAINS '|all|' OR actors CONTAINS '|' + $actor + '|'
              OR ($actor = 'law_enforcement' AND actors CONTAINS '|public|')
              OR (actors CONTAINS '|public|' AND actors CONTAINS '|private|')) THEN 'OTHER_ACTORS'
  END) AS gate
  WHERE $excluded OR gate IS NULL
  // What the rest of the query needs of each rule, read once here rather than once per jurisdiction.
  WITH owner, collect({target: target, targetId: target.id, id: id, name: name, key: key, mode: mode,
    provision: CASE WHEN provision <> '' THEN provision END,
    level: CASE
      WHEN NOT binding THEN 'soft'
      WHEN mode IN ['ban', 'moratorium'] AND NOT conditional THEN 'prohibited'
      WHEN mode <> 'general' THEN 'specific'
      ELSE 'general'
    END,
    via: via, abroad: abroad, parties: parties, linkGate: linkGate, gate: gate}) AS rules
  RETURN collect([owner, rules]) AS held
}

// 4. Every route by which those rules reach each jurisdiction, and why each does not apply (null when it
//    does), the gates in this order: the route's own (membership, the link's dates, a treaty reached other
//    than as a party, reach from abroad), then the instrument's dates, then the provision's.
UNWIND routes AS way
UNWIND [h IN held WHERE h[0] = way.owner][0][1] AS rule
WITH way, rule
// A body's law reaches its members where it applies; a body being party to a treaty does not make them parties.
WHERE rule.targetId IN way.targetIds AND (way.m IS NULL OR rule.via = 'APPLIES_IN')
WITH way, rule,
  CASE
    WHEN rule.via = 'PARTY_TO' THEN 'PARTY_TO'
    WHEN rule.abroad THEN 'EXTRATERRITORIAL'
    WHEN way.m IS NOT NULL THEN 'MEMBER_OF'
    WHEN length(way.pj) = 0 THEN 'TERRITORIAL'
    ELSE 'PART_OF'
  END AS route,
  CASE
    WHEN rule.via = 'PARTY_TO' THEN coalesce(rule.linkGate, rule.gate)
    WHEN way.m IS NOT NULL THEN coalesce(
      CASE WHEN way.m.since > $asOf OR way.m.until <= $asOf THEN 'NOT_A_MEMBER_AT_DATE' END,
      rule.linkGate, CASE WHEN rule.abroad THEN 'EXTRATERRITORIAL_ONLY' END, rule.gate)
    ELSE coalesce(rule.linkGate,
      // A treaty binds its parties only: reaching J through INT is not enough.
      CASE WHEN rule.parties THEN 'NOT_A_PARTY_AT_DATE' END,
      // Reaching J's actors from abroad informs, but does not govern the activity in J (docs/coverage.md).
      CASE WHEN rule.abroad THEN 'EXTRATERRITORIAL_ONLY' END, rule.gate)
  END AS reason
WHERE $excluded OR reason IS NULL

// 5. Keep the best route per rule: one that applies, then the most direct.
ORDER BY CASE WHEN reason IS NULL THEN 0 ELSE 1 END,
  CASE route WHEN 'TERRITORIAL' THEN 0 WHEN 'PARTY_TO' THEN 1 WHEN 'MEMBER_OF' THEN 2 WHEN 'PART_OF' THEN 3 ELSE 4 END,
  length(way.pj)
// A rule is its REGULATES edge: the instrument, the target and the edge's key (unique between the two).
WITH way.j AS j, rule.id AS id, rule.targetId AS targetId, rule.key AS key,
  head(collect({rule: rule, route: route, reason: reason, pj: way.pj, reaching: way.reaching})) AS best
WITH j, best, best.rule AS rule,
  CASE WHEN best.reason IS NULL THEN [k IN range(0, size($levels) - 1) WHERE $levels[k] = best.rule.level][0] END AS levelRank,
  CASE WHEN best.reason IS NULL THEN [k IN range(0, size($modes) - 1) WHERE $modes[k] = best.rule.mode][0] END AS modeRank

// 6. Each rule reaches the cells' technologies that are its target or subtypes of it (its target is among
//    their ancestors: a few ids, where the target's descendants may be the whole taxonomy).
UNWIND [c IN best.reaching WHERE rule.targetId IN c[1] | c[0]] AS techId

// 7. Every rule that applies, and the first $maxExcluded of the others per reason: a dense cell considers
//    thousands of rules that do not apply (every treaty the state is not party to), and explaining each
//    one (paths, sources) would cost more than the rest of the answer.
WITH j, techId, rule, best, levelRank, modeRank ORDER BY rule.id, rule.key
WITH j, techId, best.reason AS reason,
  collect({rule: rule, best: best, levelRank: levelRank, modeRank: modeRank}) AS considered
WITH j, techId, reason, size(considered) AS total,
  CASE WHEN reason IS NULL THEN considered ELSE considered[0..$maxExcluded] END AS kept
UNWIND kept AS k
WITH j, techId, reason, total, k.rule.target AS target, k.rule AS held,
  k.best AS best, k.levelRank AS levelRank, k.modeRank AS modeRank
// The instrument and the edge themselves only for their details.
WITH j, techId, reason, total, target, held, best, levelRank, modeRank,
  CASE WHEN $details THEN COLLECT { MATCH (x:Instrument {id: held.id}) RETURN x }[0] END AS i
WITH j, techId, reason, total, target, held, best, levelRank, modeRank, i,
  CASE WHEN $details THEN COLLECT { MATCH (i)-[x:REGULATES {key: held.key}]->(target) RETURN x }[0] END AS r
// 8. Each rule as the answer shows it: what identifies and ranks it, then the details if asked for.
WITH j, techId, reason, total, target, levelRank, modeRank, i, r, {
    // Dates as ISO strings: the driver builds a date object per value with 64-bit integer arithmetic.
    instrument: CASE WHEN $details THEN i {.id, .name, .nameFr, .kind, .binding, .status, .citation, .url,
      inForce: toString(i.inForce), repealed: toString(i.repealed)} ELSE {id: held.id, name: held.name} END,
    mode: held.mode, level: held.level, provision: held.provision, route: best.route, reason: best.reason,
    jpath: CASE WHEN $paths THEN [k IN range(0, length(best.pj)) | {
      id: nodes(best.pj)[k].id, name: nodes(best.pj)[k].name,
      via: CASE WHEN k = 0 THEN null ELSE type(relationships(best.pj)[k - 1]) END
    }] + [{id: held.id, name: held.name, via: held.via}] ELSE [] END
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
// Each target's path travels once with its rules (the API gives it to each of them: coverage.ts).
WITH j, techId, min(bestLevel) AS bestLevel, min(bestMode) AS bestMode, sum(applying) AS applying,
  collect(excludedCounts) AS excludedLists, collect([tpath, rules]) AS byTarget
// Only the ids go into the subquery below: a row there carrying the rules counts their whole size against
// the transaction's memory, once per row (a dense cell overran the 2.8 GiB pool).
WITH j, techId, bestLevel, bestMode, applying, excludedLists, byTarget,
  CASE WHEN $details THEN [t IN byTarget | [rule IN t[1] | rule.sources]] ELSE [] END AS sourceLists
RETURN j.id AS jurisdiction, techId AS technology,
  coalesce($levels[bestLevel], 'none') AS level,
  $modes[bestMode] AS strongestMode,
  applying,
  // A reason's count is the same on every target's row: keep each {reason, count} once.
  reduce(acc = [], list IN excludedLists | acc + [x IN list WHERE NOT x IN acc]) AS excludedCounts,
  byTarget,
  // The sources the rules cite, as entities.cypher reads them: the answer shows them, and reading them
  // here saves the API a round trip per request.
  COLLECT {
    UNWIND sourceLists AS targetSources
    UNWIND targetSources AS sourceIds
    UNWIND sourceIds AS sourceId
    WITH DISTINCT sourceId
    MATCH (s:Source {id: sourceId})
    RETURN {id: s.id, label: 'Source', props: properties(s)} AS source
  } AS sources
