// rule-index-store — writes the rule index of some owners (engine/rule-index.ts): for each owner (a
// jurisdiction) and technology, every rule naming that technology (a REGULATES edge) of the instruments
// applying in the owner or that the owner is party to, with all that coverage.cypher gates and ranks it on:
// the instrument's name, binding, parties and dates, its link to the owner, and the provision. It depends on no date: coverage.cypher applies every
// gate. Rules are parallel lists, one position per (link, REGULATES edge); a list property holds no null,
// so a missing date or provision is '', dates are ISO strings (they compare as dates do), and a rule's
// activities and actor classes one string each, every value between '|' ('|use|sale|').
//
// Parameters: $owners [string] (jurisdiction ids)
// Rows: written (index entries created)
UNWIND $owners AS ownerId
MATCH (owner:Jurisdiction {id: ownerId})
CALL (owner) {
  MATCH (owner)<-[l:APPLIES_IN]-(i:Instrument)
  RETURN i, 'APPLIES_IN' AS via, coalesce(l.scope = 'extraterritorial', false) AS abroad, l.from AS start, l.until AS end
  UNION ALL
  MATCH (owner)-[l:PARTY_TO]->(i:Instrument)
  RETURN i, 'PARTY_TO' AS via, false AS abroad, l.since AS start, l.until AS end
}
MATCH (i)-[r:REGULATES]->(target:Technology)
WITH owner, target, collect({id: i.id, name: i.name, binding: i.binding, parties: coalesce(i.hasParties, false),
  status: i.status, inForce: coalesce(toString(i.inForce), ''), adopted: coalesce(toString(i.adopted), ''),
  repealed: coalesce(toString(i.repealed), ''), via: via, abroad: abroad, start: coalesce(toString(start), ''),
  end: coalesce(toString(end), ''), key: r.key, mode: r.mode, provision: coalesce(r.provision, ''),
  from: coalesce(toString(r.from), ''), until: coalesce(toString(r.until), ''),
  activities: reduce(s = '|', a IN coalesce(r.activities, []) | s + a + '|'),
  actors: reduce(s = '|', a IN coalesce(r.actorsCovered, []) | s + a + '|'),
  conditional: r.condition IS NOT NULL}) AS rules
CREATE (:RulesByTarget {key: owner.id + '|' + target.id,
  instruments: [x IN rules | x.id], names: [x IN rules | x.name], binding: [x IN rules | x.binding],
  parties: [x IN rules | x.parties], status: [x IN rules | x.status], inForce: [x IN rules | x.inForce],
  adopted: [x IN rules | x.adopted], repealed: [x IN rules | x.repealed], via: [x IN rules | x.via], abroad: [x IN rules | x.abroad],
  start: [x IN rules | x.start], end: [x IN rules | x.end], rules: [x IN rules | x.key], modes: [x IN rules | x.mode],
  provisions: [x IN rules | x.provision], from: [x IN rules | x.from], until: [x IN rules | x.until],
  activities: [x IN rules | x.activities], actors: [x IN rules | x.actors], conditional: [x IN rules | x.conditional]})
RETURN count(*) AS written
