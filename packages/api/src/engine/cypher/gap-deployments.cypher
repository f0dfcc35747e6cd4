// gap-deployments — the documented deployments behind a page of gaps: in the jurisdiction (or a part of
// it), of the technology (or a subtype), any activity, with the actor; the latest $max per cell (the gap's
// deploymentCount counts them all). A jurisdiction's deployments are walked once for all its cells.
// Parameters: $groups [{jurisdiction, technologies [string]}], $max int
// Columns: jurisdiction, technology, deployments [{id, name, since, actor {id, name, nameFr, label} | null}]
UNWIND $groups AS group
MATCH (j:Jurisdiction {id: group.jurisdiction})
CALL (group) {
  UNWIND group.technologies AS technologyId
  MATCH (t:Technology {id: technologyId})
  RETURN collect({id: technologyId, under: t.descendants}) AS technologies
}
MATCH (j)<-[:PART_OF*0..6]-(:Jurisdiction)<-[:IN]-(d:Deployment)-[:OF]->(dt:Technology)
WITH j, technologies, d, collect(dt.id) AS deployed
UNWIND [t IN technologies WHERE any(x IN deployed WHERE x IN t.under)] AS t
WITH j.id AS jurisdiction, t.id AS technologyId, d
WITH jurisdiction, technologyId, d ORDER BY d.since DESC, d.id
WITH jurisdiction, technologyId, collect(d)[0..$max] AS latest
RETURN jurisdiction, technologyId AS technology,
  [d IN latest | d {.id, .name, .since,
    actor: COLLECT { MATCH (d)-[:BY]->(a:Actor) RETURN a {.id, .name, .nameFr, label: 'Actor'} ORDER BY a.id LIMIT 1 }[0]
  }] AS deployments
