// obligation-scope — which state obligations apply to which jurisdictions at a date, for which
// technologies and activities, and by which route. An obligation applies to J when an instrument it is
// derived from applies to J: through PARTY_TO (treaties, endorsements) at the date, or — for instruments
// without parties — through APPLIES_IN to J, a jurisdiction J is part of, or a body J is a member of.
// Parameters: $jurisdictions [string], $obligation string|null, $asOf DATE
// Columns: obligation {id, name, nameFr}, requiredMode, activities, jurisdiction {id, name, nameFr}, route,
//          instrument string, technologies [{id, name, nameFr}]
MATCH (o:Obligation)-[:DERIVED_FROM]->(i:Instrument)
WHERE o.dutyBearer = 'state' AND o.requiredMode IS NOT NULL AND ($obligation IS NULL OR o.id = $obligation)
  AND coalesce(i.inForce, i.adopted, date('0001-01-01')) <= $asOf
  AND (i.repealed IS NULL OR i.repealed > $asOf)
UNWIND $jurisdictions AS jurisdictionId
MATCH (j:Jurisdiction {id: jurisdictionId})
WITH o, i, j,
  CASE
    WHEN EXISTS { MATCH (j)-[:PART_OF*0..6]->(:Jurisdiction)-[p:PARTY_TO]->(i) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until > $asOf) } THEN 'PARTY_TO'
    WHEN EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) } THEN null
    WHEN EXISTS { (j)<-[:APPLIES_IN]-(i) } THEN 'TERRITORIAL'
    WHEN EXISTS { MATCH (j)-[:PART_OF*0..6]->(:Jurisdiction)-[m:MEMBER_OF]->(:Jurisdiction)<-[:APPLIES_IN]-(i) WHERE m.since <= $asOf AND (m.until IS NULL OR m.until > $asOf) } THEN 'MEMBER_OF'
    WHEN EXISTS { (j)-[:PART_OF*1..6]->(:Jurisdiction)<-[a:APPLIES_IN]-(i) WHERE coalesce(a.scope, 'territorial') = 'territorial' } THEN 'PART_OF'
  END AS route
WHERE route IS NOT NULL
WITH o, j, head(collect({route: route, instrument: i.id})) AS via
MATCH (o)-[:CONCERNS]->(t:Technology)
RETURN o {.id, .name, .nameFr, label: 'Obligation'} AS obligation, o.requiredMode AS requiredMode,
  coalesce(o.activities, ['use']) AS activities, j {.id, .name, .nameFr, label: 'Jurisdiction'} AS jurisdiction,
  via.route AS route, via.instrument AS instrument, collect(t {.id, .name, .nameFr, label: 'Technology'}) AS technologies
