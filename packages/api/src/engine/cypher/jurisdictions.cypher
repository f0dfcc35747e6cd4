// jurisdictions — jurisdictions matching optional filters, ordered by name.
// Parameters: $ids [string]|null, $region string|null, $subregion string|null, $levels [string]|null,
//             $partOf string|null (keep those that are PART_OF it, at any depth), $limit int
// Columns: id, label, props, parent (the nearest PART_OF parent id, excluding INT)
MATCH (j:Jurisdiction)
WHERE ($ids IS NULL OR j.id IN $ids)
  AND ($region IS NULL OR j.region = $region)
  AND ($subregion IS NULL OR j.subregion = $subregion)
  AND ($levels IS NULL OR j.level IN $levels)
  AND ($partOf IS NULL OR EXISTS { (j)-[:PART_OF*1..6]->(:Jurisdiction {id: $partOf}) })
OPTIONAL MATCH (j)-[:PART_OF]->(parent:Jurisdiction) WHERE parent.id <> 'INT'
WITH j, head(collect(parent.id)) AS parent
ORDER BY j.name
LIMIT $limit
RETURN j.id AS id, 'Jurisdiction' AS label, properties(j) AS props, parent
