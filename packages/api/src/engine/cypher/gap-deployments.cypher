// gap-deployments — the documented deployments behind a page of gaps: in the jurisdiction (or a part of
// it), of the technology (or a subtype), any activity, with the actor; the latest first.
// Parameters: $cells [{jurisdiction, technology}]
// Columns: jurisdiction, technology, deployments [{id, name, since, actor {id, name, nameFr, label}}]
UNWIND $cells AS cell
MATCH (t:Technology {id: cell.technology})
MATCH (:Jurisdiction {id: cell.jurisdiction})<-[:PART_OF*0..6]-(:Jurisdiction)<-[:IN]-(d:Deployment)-[:OF]->(dt:Technology)
WHERE dt.id IN t.descendants
OPTIONAL MATCH (d)-[:BY]->(a:Actor)
WITH cell, d, a ORDER BY d.since DESC, d.id
RETURN cell.jurisdiction AS jurisdiction, cell.technology AS technology,
  collect(DISTINCT d {.id, .name, .since, actor: a {.id, .name, .nameFr, label: 'Actor'}}) AS deployments
