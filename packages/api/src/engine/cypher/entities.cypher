// entities — entities by id (batched for DataLoader).
// Parameters: $ids [string]
// Columns: id, label, props (all stored properties)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
