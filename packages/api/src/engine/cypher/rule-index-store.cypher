// rule-index-store — writes the rule index of some owners (engine/rule-index.ts): for each owner (a
// jurisdiction) and technology, every rule naming that technology with its values (rule-rows.cypher), as
// parallel lists, one position per rule. It depends on no date: coverage.cypher applies every gate.
//
// Parameters: $owners [string] (jurisdiction ids)
// Rows: written (index entries created)
UNWIND $owners AS ownerId
MATCH (owner:Jurisdiction {id: ownerId})
WITH owner, null AS targetIds
// include rule-rows
// One aggregation: the lists keep the rows' order, position k of each is rule k.
WITH owner, target, collect(id) AS instruments, collect(name) AS names, collect(binding) AS binding,
  collect(parties) AS parties, collect(status) AS status, collect(inForce) AS inForce, collect(adopted) AS adopted,
  collect(repealed) AS repealed, collect(via) AS via, collect(abroad) AS abroad, collect(start) AS start,
  collect(end) AS end, collect(key) AS rules, collect(mode) AS modes, collect(provision) AS provisions,
  collect(from) AS from, collect(until) AS until, collect(activities) AS activities, collect(actors) AS actors,
  collect(conditional) AS conditional
CREATE (:RulesByTarget {key: owner.id + '|' + target.id, instruments: instruments, names: names, binding: binding,
  parties: parties, status: status, inForce: inForce, adopted: adopted, repealed: repealed, via: via,
  abroad: abroad, start: start, end: end, rules: rules, modes: modes, provisions: provisions, from: from,
  until: until, activities: activities, actors: actors, conditional: conditional})
RETURN count(*) AS written
