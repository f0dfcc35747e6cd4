// rule-index-store — writes the rule index of some owners (engine/rule-index.ts): for each owner (a
// jurisdiction) and technology, the instruments applying in the owner or that the owner is party to which
// regulate that technology by name. It depends on no date: coverage.cypher still applies every gate.
//
// Parameters: $owners [string] (jurisdiction ids)
// Rows: written (index entries created)
UNWIND $owners AS ownerId
MATCH (owner:Jurisdiction {id: ownerId})
CALL (owner) {
  MATCH (owner)<-[:APPLIES_IN]-(i:Instrument)
  RETURN i
  UNION
  MATCH (owner)-[:PARTY_TO]->(i:Instrument)
  RETURN i
}
MATCH (i)-[:REGULATES]->(target:Technology)
WITH owner, target, collect(DISTINCT i.id) AS instruments
CREATE (:RulesByTarget {key: owner.id + '|' + target.id, instruments: instruments})
RETURN count(*) AS written
