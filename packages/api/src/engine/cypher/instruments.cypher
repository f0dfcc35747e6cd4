// instruments — instruments matching optional filters, ordered by name.
// Parameters: $jurisdiction string|null (applies there directly or through PARTY_TO), $binding boolean|null,
//             $kinds [string]|null, $technology string|null (regulates it or an ancestor), $limit int
// Columns: id, label, props
MATCH (i:Instrument)
WHERE ($binding IS NULL OR i.binding = $binding)
  AND ($kinds IS NULL OR i.kind IN $kinds)
  AND ($jurisdiction IS NULL
       OR EXISTS { (i)-[:APPLIES_IN]->(:Jurisdiction {id: $jurisdiction}) }
       OR EXISTS { (:Jurisdiction {id: $jurisdiction})-[:PARTY_TO]->(i) })
  AND ($technology IS NULL
       OR EXISTS { (:Technology {id: $technology})-[:SUBTYPE_OF*0..10]->(:Technology)<-[:REGULATES]-(i) })
WITH i ORDER BY i.name
LIMIT $limit
RETURN i.id AS id, 'Instrument' AS label, properties(i) AS props
