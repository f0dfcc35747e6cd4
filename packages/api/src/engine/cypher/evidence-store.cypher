// evidence-store — what the loader's stored evidence holds (engine/evidence-store.ts writes it): for every
// jurisdiction, the documented deployments in it or its parts per deployment technology (what
// gap-context.cypher counts) with the latest $latest of them (what gap-deployments.cypher lists), and every
// export candidate (export-candidates.cypher) per destination.
// Parameters: $latest int. Run after the data and the derived properties are written.
// Columns: kind ('deployments': key = a jurisdiction | 'exports': key = a destination), entries, sorted:
//          deployments [[technology, count, [[id, since], …] latest first (since DESC, then id)]],
//          exports [[vendor, home, technology, count]]
MATCH (j:Jurisdiction)
CALL (j) {
  MATCH (j)<-[:PART_OF*0..6]-(:Jurisdiction)<-[:IN]-(d:Deployment)-[:OF]->(t:Technology)
  WITH t.id AS technology, d ORDER BY d.since DESC, d.id
  WITH technology, collect(DISTINCT d) AS deployments ORDER BY technology
  RETURN collect([technology, size(deployments),
    [x IN deployments[0..$latest] | [x.id, toString(x.since)]]]) AS entries
}
WITH j, entries WHERE size(entries) > 0
RETURN 'deployments' AS kind, j.id AS key, entries
UNION ALL
MATCH (v:Actor)<-[:BY]-(d:Deployment)-[:OF]->(t:Technology)
WHERE d.activity IN ['sale', 'export'] OR v.kind = 'vendor' OR EXISTS { (v)-[:SUPPLIES]->(t) }
MATCH (d)-[:IN]->(dest:Jurisdiction)
MATCH (v)-[:HEADQUARTERED_IN]->(home:Jurisdiction)
WHERE home <> dest
WITH dest.id AS destination, v.id AS vendor, home.id AS home, t.id AS technology, count(DISTINCT d) AS deployments
ORDER BY destination, vendor, home, technology
RETURN 'exports' AS kind, destination AS key, collect([vendor, home, technology, deployments]) AS entries
