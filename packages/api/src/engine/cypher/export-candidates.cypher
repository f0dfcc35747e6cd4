// export-candidates — vendors and the places they supply a technology to, as documented by deployments:
// a sale or export by anyone, or any deployment by an actor that is a vendor or supplies the technology.
// A security company using a tool abroad is not an export.
// Parameters: $technology string|null
// Columns: vendor, home, technology, destination (refs), deployments [map]
MATCH (v:Actor)<-[:BY]-(d:Deployment)-[:OF]->(t:Technology)
WHERE ($technology IS NULL OR EXISTS { (t)-[:SUBTYPE_OF*0..10]->(:Technology {id: $technology}) })
  AND (d.activity IN ['sale', 'export'] OR v.kind = 'vendor' OR EXISTS { (v)-[:SUPPLIES]->(t) })
MATCH (d)-[:IN]->(dest:Jurisdiction)
MATCH (v)-[:HEADQUARTERED_IN]->(home:Jurisdiction)
WHERE home <> dest
RETURN v {.id, .name, .nameFr, label: 'Actor'} AS vendor, home {.id, .name, .nameFr, label: 'Jurisdiction'} AS home,
  t {.id, .name, .nameFr, label: 'Technology'} AS technology, dest {.id, .name, .nameFr, label: 'Jurisdiction'} AS destination,
  collect(d {.id, .name, .since}) AS deployments
