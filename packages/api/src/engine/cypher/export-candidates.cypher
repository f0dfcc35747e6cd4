// export-candidates — vendors and the places they supply a technology to, as documented by deployments:
// a sale or export by anyone, or any deployment by an actor that is a vendor or supplies the technology.
// A security company using a tool abroad is not an export. Ids and counts only: engine/gaps.ts keeps the
// candidates whose home does not control the export and whose destination leaves the use ungoverned,
// then reads names and deployments for those (export-details.cypher). The loader stores these rows
// (evidence-store.ts) for the gap list, which reads them with evidence-stored.cypher.
// Parameters: $technology string|null (that technology or a subtype), $technologies [string]|null and
//             $destinations [string]|null (only these; null: any)
// Columns: vendor, home, technology, destination (ids), deployments (count)
MATCH (v:Actor)<-[:BY]-(d:Deployment)-[:OF]->(t:Technology)
WHERE ($technology IS NULL OR EXISTS { (t)-[:SUBTYPE_OF*0..10]->(:Technology {id: $technology}) })
  AND ($technologies IS NULL OR t.id IN $technologies)
  AND (d.activity IN ['sale', 'export'] OR v.kind = 'vendor' OR EXISTS { (v)-[:SUPPLIES]->(t) })
MATCH (d)-[:IN]->(dest:Jurisdiction)
WHERE $destinations IS NULL OR dest.id IN $destinations
MATCH (v)-[:HEADQUARTERED_IN]->(home:Jurisdiction)
WHERE home <> dest
RETURN v.id AS vendor, home.id AS home, t.id AS technology, dest.id AS destination, count(DISTINCT d) AS deployments
