// exposure — deployments by an actor, by its providers (it is their CLIENT_OF) and by its clients, and
// deployments done FOR it, with the deployment's technology, jurisdiction and activity.
// Parameters: $actor string
// Columns: deployment {id, name, since}, actor ref, relation, technology ref, jurisdiction ref, activity
MATCH (a:Actor {id: $actor})
CALL (a) {
  RETURN a AS other, 'SELF' AS relation
  UNION
  MATCH (a)-[:CLIENT_OF]->(other:Actor) RETURN other, 'PROVIDER' AS relation
  UNION
  MATCH (other:Actor)-[:CLIENT_OF]->(a) RETURN other, 'CLIENT' AS relation
}
MATCH (d:Deployment)-[:BY]->(other)
MATCH (d)-[:OF]->(t:Technology)
MATCH (d)-[:IN]->(j:Jurisdiction)
RETURN d {.id, .name, .since} AS deployment, other {.id, .name, .nameFr, label: 'Actor'} AS actor, relation,
  t {.id, .name, .nameFr, label: 'Technology'} AS technology, j {.id, .name, .nameFr, label: 'Jurisdiction'} AS jurisdiction,
  d.activity AS activity
UNION
MATCH (d:Deployment)-[:FOR]->(:Actor {id: $actor})
MATCH (d)-[:BY]->(other:Actor)
MATCH (d)-[:OF]->(t:Technology)
MATCH (d)-[:IN]->(j:Jurisdiction)
RETURN d {.id, .name, .since} AS deployment, other {.id, .name, .nameFr, label: 'Actor'} AS actor, 'PROVIDER' AS relation,
  t {.id, .name, .nameFr, label: 'Technology'} AS technology, j {.id, .name, .nameFr, label: 'Jurisdiction'} AS jurisdiction,
  d.activity AS activity
