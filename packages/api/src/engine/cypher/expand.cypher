// expand — one breadth-first step of the graph explorer: neighbours of the frontier, optionally only of
// some labels, at most $limit relationships. Each frontier node gives at most $limit of its neighbours
// before they are sorted, so a dense node (a technology named by thousands of provisions) costs $limit,
// not its degree; `clipped` says that node had more.
// Parameters: $frontier [string], $labels [string]|null, $limit int
// Columns: key, type, source, target, other {id, name, nameFr, label}, clipped boolean
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WITH r, m, [l IN labels(m) WHERE l <> 'Entity'][0] AS label
  WHERE $labels IS NULL OR label IN $labels
  RETURN r, m, label
  LIMIT $limit
}
WITH n, r, m, label, startNode(r) AS s, endNode(r) AS e
ORDER BY m.name
LIMIT $limit
RETURN coalesce(r.key, elementId(r)) AS key, type(r) AS type, s.id AS source, e.id AS target,
  m {.id, .name, .nameFr, label: label} AS other, COUNT { (n)--() } > $limit AS clipped
