// technologies — the taxonomy, or one family (a technology and all its subtypes), ordered by name.
// Parameters: $family string|null
// Columns: id, label, props, parents [string]
MATCH (t:Technology)
WHERE $family IS NULL OR EXISTS { (t)-[:SUBTYPE_OF*0..10]->(:Technology {id: $family}) }
OPTIONAL MATCH (t)-[:SUBTYPE_OF]->(p:Technology)
WITH t, collect(p.id) AS parents
ORDER BY t.name
RETURN t.id AS id, 'Technology' AS label, properties(t) AS props, parents
