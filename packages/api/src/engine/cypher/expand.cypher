// expand — one breadth-first step of the graph explorer: neighbours of the frontier, optionally only of
// some labels, at most $limit relationships.
// Parameters: $frontier [string], $labels [string]|null, $limit int
// Columns: key, type, source, target, other {id, name, nameFr, label}
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WITH n, r, m, [l IN labels(m) WHERE l <> 'Entity'][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH r, m, label, startNode(r) AS s, endNode(r) AS e
ORDER BY m.name
LIMIT $limit
RETURN coalesce(r.key, elementId(r)) AS key, type(r) AS type, s.id AS source, e.id AS target,
  m {.id, .name, .nameFr, label: label} AS other
