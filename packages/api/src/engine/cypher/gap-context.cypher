// gap-context — the facts behind gap scores for jurisdictions × technologies: how many documented
// deployments there are in each jurisdiction (or a part of it) of each technology — any activity: a sale
// into J is evidence that the technology is there — and, per technology asked for, its subtypes
// (engine/gaps.ts rolls a deployment's technology up to every requested ancestor: a deployment of two
// technologies under one family counts once for each), its risk and the rights it threatens among those
// critical to defenders. The deployments themselves are read for one page of gaps (gap-deployments.cypher).
// Starts from the jurisdictions: each walks down its own parts once.
// Parameters: $jurisdictions [string], $technologies [string], $critical [string],
//             $countDeployments boolean (false when the loader's stored counts are read instead)
// Columns: kind ('deployment' | 'technology'), jurisdiction, technology, deployments int,
//          critical int, riskLevel int, descendants [string]
UNWIND CASE WHEN $countDeployments THEN $jurisdictions ELSE [] END AS jurisdictionId
MATCH (:Jurisdiction {id: jurisdictionId})<-[:PART_OF*0..6]-(:Jurisdiction)<-[:IN]-(d:Deployment)-[:OF]->(t:Technology)
RETURN 'deployment' AS kind, jurisdictionId AS jurisdiction, t.id AS technology, count(DISTINCT d) AS deployments,
  null AS critical, null AS riskLevel, null AS descendants
UNION ALL
UNWIND $technologies AS technologyId
MATCH (t:Technology {id: technologyId})
RETURN 'technology' AS kind, null AS jurisdiction, t.id AS technology, null AS deployments,
  COUNT { (t)-[:THREATENS]->(r:Right) WHERE r.id IN $critical } AS critical, t.riskLevel AS riskLevel,
  t.descendants AS descendants
