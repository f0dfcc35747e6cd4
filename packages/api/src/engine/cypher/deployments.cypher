// deployments — deployments by id, as a gap lists them (gap-deployments.cypher's shape), in no order.
// Parameters: $ids [string]
// Columns: deployment {id, name, since, actor {id, name, nameFr, label} | null}
UNWIND $ids AS id
MATCH (d:Deployment {id: id})
RETURN d {.id, .name, .since,
  actor: COLLECT { MATCH (d)-[:BY]->(a:Actor) RETURN a {.id, .name, .nameFr, label: 'Actor'} ORDER BY a.id LIMIT 1 }[0]
} AS deployment
