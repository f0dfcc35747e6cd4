// export-details — names and documented deployments of export candidates (export-candidates.cypher)
// that engine/gaps.ts kept: the vendor's sales, exports or deployments of the technology into the place.
// Parameters: $candidates [{vendor, home, technology, destination}]
// Columns: vendor, home, technology, destination (refs {id, name, nameFr, label}), deployments [{id, name, since}]
UNWIND $candidates AS c
MATCH (v:Actor {id: c.vendor}), (home:Jurisdiction {id: c.home}), (t:Technology {id: c.technology}),
  (dest:Jurisdiction {id: c.destination})
RETURN v {.id, .name, .nameFr, label: 'Actor'} AS vendor, home {.id, .name, .nameFr, label: 'Jurisdiction'} AS home,
  t {.id, .name, .nameFr, label: 'Technology'} AS technology, dest {.id, .name, .nameFr, label: 'Jurisdiction'} AS destination,
  COLLECT {
    MATCH (v)<-[:BY]-(d:Deployment)-[:OF]->(t)
    WHERE (d)-[:IN]->(dest)
    RETURN d {.id, .name, .since} ORDER BY d.since DESC, d.id
  } AS deployments
