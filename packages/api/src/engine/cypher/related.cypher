// related — relationships of several entities at once (batched for DataLoader).
// Parameters: $keys [{id, type, dir}] — dir 'OUT' (id is the start) or 'IN' (id is the end); type null = any
//             $limit int — at most this many relationships per key
// Columns: id, type, dir, rels [{type, dir, other {id, name, nameFr, label}, props}]
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (key.type IS NULL OR type(r) = key.type)
    AND (key.dir IS NULL OR (key.dir = 'OUT') = (startNode(r) = n))
  WITH r, m ORDER BY type(r), m.name
  LIMIT $limit
  RETURN collect({
    type: type(r),
    dir: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
    other: m {.id, .name, .nameFr, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    props: properties(r)
  }) AS rels
}
RETURN key.id AS id, key.type AS type, key.dir AS dir, rels
