// gap-context — the facts behind gap scores for jurisdictions × technologies: documented deployments of
// the technology (or a subtype) in the jurisdiction (or a part of it) — any activity: a sale into J is
// evidence that the technology is there — and the rights it threatens among those critical to defenders.
// Parameters: $jurisdictions [string], $technologies [string], $critical [string]
// Columns: kind ('deployment' | 'technology'), jurisdiction, technology, deployments [map], critical int, riskLevel int
CALL () {
  MATCH (d:Deployment)-[:OF]->(:Technology)-[:SUBTYPE_OF*0..10]->(t:Technology)
  WHERE t.id IN $technologies
  MATCH (d)-[:IN]->(:Jurisdiction)-[:PART_OF*0..6]->(j:Jurisdiction)
  WHERE j.id IN $jurisdictions
  OPTIONAL MATCH (d)-[:BY]->(a:Actor)
  RETURN 'deployment' AS kind, j.id AS jurisdiction, t.id AS technology,
    collect(DISTINCT d {.id, .name, .since, actor: a {.id, .name, .nameFr, label: 'Actor'}}) AS deployments,
    null AS critical, null AS riskLevel
  UNION ALL
  UNWIND $technologies AS technologyId
  MATCH (t:Technology {id: technologyId})
  RETURN 'technology' AS kind, null AS jurisdiction, t.id AS technology, [] AS deployments,
    COUNT { (t)-[:THREATENS]->(r:Right) WHERE r.id IN $critical } AS critical, t.riskLevel AS riskLevel
}
RETURN kind, jurisdiction, technology, deployments, critical, riskLevel
