// export-candidates — vendors and the places they supply a technology to, as documented by deployments
// (any activity) of a technology they supply or deploy, with the vendor's home jurisdiction.
// Parameters: $technology string|null
// Columns: vendor, home, technology, destination (refs), deployments [map]
MATCH (v:Actor)<-[:BY]-(d:Deployment)-[:OF]->(t:Technology)
WHERE $technology IS NULL OR EXISTS { (t)-[:SUBTYPE_OF*0..10]->(:Technology {id: $technology}) }
MATCH (d)-[:IN]->(dest:Jurisdiction)
MATCH (v)-[:HEADQUARTERED_IN]->(home:Jurisdiction)
WHERE home <> dest
RETURN v {.id, .name, .nameFr, label: 'Actor'} AS vendor, home {.id, .name, .nameFr, label: 'Jurisdiction'} AS home,
  t {.id, .name, .nameFr, label: 'Technology'} AS technology, dest {.id, .name, .nameFr, label: 'Jurisdiction'} AS destination,
  collect(d {.id, .name, .since}) AS deployments
