// rule-rows — a fragment, included where a query says `// include rule-rows` (engine/cypher.ts), by
// rule-index-store.cypher to write the rule index and by coverage.cypher to do without it: every rule (a
// REGULATES edge) of the instruments applying in `owner` or that `owner` is party to, naming one of
// `targetIds` (null: any technology), with all that coverage.cypher gates and ranks it on, one row each. A list property
// holds no null, so in the index and here alike a missing date or provision is '', dates are ISO strings
// (they compare as dates do), and a rule's activities and actor classes are one string each, every value
// between '|' ('|use|sale|').
// In scope before: owner, targetIds. After: owner, target and the rule's values: id, name, binding, parties,
// status, inForce, adopted, repealed, via, abroad, start, end, key, mode, provision, from, until,
// activities, actors, conditional.
CALL (owner) {
  MATCH (owner)<-[l:APPLIES_IN]-(i:Instrument)
  RETURN i, 'APPLIES_IN' AS via, coalesce(l.scope = 'extraterritorial', false) AS abroad, l.from AS start, l.until AS end
  UNION ALL
  // Treaties the owner is party to found from the owner: a treaty may have hundreds of parties.
  MATCH (owner)-[l:PARTY_TO]->(i:Instrument)
  RETURN i, 'PARTY_TO' AS via, false AS abroad, l.since AS start, l.until AS end
}
MATCH (i)-[r:REGULATES]->(target:Technology)
WHERE targetIds IS NULL OR target.id IN targetIds
WITH owner, target, i.id AS id, i.name AS name, i.binding AS binding, coalesce(i.hasParties, false) AS parties,
  i.status AS status, coalesce(toString(i.inForce), '') AS inForce, coalesce(toString(i.adopted), '') AS adopted,
  coalesce(toString(i.repealed), '') AS repealed, via, abroad, coalesce(toString(start), '') AS start,
  coalesce(toString(end), '') AS end, r.key AS key, r.mode AS mode, coalesce(r.provision, '') AS provision,
  coalesce(toString(r.from), '') AS from, coalesce(toString(r.until), '') AS until,
  reduce(s = '|', a IN coalesce(r.activities, []) | s + a + '|') AS activities,
  reduce(s = '|', a IN coalesce(r.actorsCovered, []) | s + a + '|') AS actors, r.condition IS NOT NULL AS conditional
