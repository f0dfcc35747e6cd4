// evidence-store — writes the loader's stored evidence (engine/evidence-store.ts): for every
// jurisdiction, the documented deployments in it or its parts per deployment technology (what
// gap-context.cypher counts), and every export candidate (export-candidates.cypher) per destination.
// Parameters: none. Run after the data and the derived properties are written.
CALL () {
  MATCH (j:Jurisdiction)
  CALL (j) {
    MATCH (j)<-[:PART_OF*0..6]-(:Jurisdiction)<-[:IN]-(d:Deployment)-[:OF]->(t:Technology)
    WITH t.id AS technology, count(DISTINCT d) AS deployments ORDER BY technology
    RETURN collect(technology) AS technologies, collect(deployments) AS counts
  }
  WITH j, technologies, counts WHERE size(technologies) > 0
  CREATE (:DeploymentsStored {jurisdiction: j.id, technologies: technologies, counts: counts})
}
CALL () {
  MATCH (v:Actor)<-[:BY]-(d:Deployment)-[:OF]->(t:Technology)
  WHERE d.activity IN ['sale', 'export'] OR v.kind = 'vendor' OR EXISTS { (v)-[:SUPPLIES]->(t) }
  MATCH (d)-[:IN]->(dest:Jurisdiction)
  MATCH (v)-[:HEADQUARTERED_IN]->(home:Jurisdiction)
  WHERE home <> dest
  WITH dest.id AS destination, v.id AS vendor, home.id AS home, t.id AS technology, count(DISTINCT d) AS deployments
  ORDER BY destination, vendor, home, technology
  WITH destination, collect(vendor) AS vendors, collect(home) AS homes, collect(technology) AS technologies,
    collect(deployments) AS counts
  CREATE (:ExportCandidatesStored {destination: destination, vendors: vendors, homes: homes,
    technologies: technologies, counts: counts})
}
CREATE (:EvidenceStoredState {complete: true})
