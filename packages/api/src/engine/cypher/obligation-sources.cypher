// obligation-sources — state obligations in force at a date, each with the instruments it derives from and
// where each instrument reaches: the jurisdictions PARTY_TO it at the date (a treaty with parties binds
// them only) and the places it APPLIES_IN. engine/gaps.ts matches them against each jurisdiction's routes
// (coverage-routes.cypher): PARTY_TO when the jurisdiction or a place it is part of is a party; otherwise,
// for an instrument without parties, TERRITORIAL when it applies in the jurisdiction itself, MEMBER_OF
// when it applies in a body the jurisdiction is a member of at the date, PART_OF when it applies (not
// extraterritorially) in a place the jurisdiction is part of.
// Parameters: $obligation string|null, $asOf DATE, $technologies [string]|null (obligations concerning one
//             of these, listed with these only; null: any)
// Columns: obligation {id, name, nameFr, label}, requiredMode, activities, instrument, parties [string],
//          hasParties, appliesIn [{place, territorial}], technologies [{id, name, nameFr, label}]
MATCH (o:Obligation)-[:DERIVED_FROM]->(i:Instrument)
WHERE o.dutyBearer = 'state' AND o.requiredMode IS NOT NULL AND ($obligation IS NULL OR o.id = $obligation)
  AND ($technologies IS NULL OR EXISTS { (o)-[:CONCERNS]->(t:Technology) WHERE t.id IN $technologies })
  AND coalesce(i.inForce, i.adopted, date('0001-01-01')) <= $asOf
  AND (i.repealed IS NULL OR i.repealed > $asOf)
RETURN o {.id, .name, .nameFr, label: 'Obligation'} AS obligation, o.requiredMode AS requiredMode,
  coalesce(o.activities, ['use']) AS activities, i.id AS instrument,
  COLLECT {
    MATCH (h:Jurisdiction)-[p:PARTY_TO]->(i)
    WHERE NOT coalesce(p.since > $asOf, false) AND NOT coalesce(p.until <= $asOf, false)
    RETURN h.id
  } AS parties,
  coalesce(i.hasParties, EXISTS { (:Jurisdiction)-[:PARTY_TO]->(i) }) AS hasParties,
  COLLECT {
    MATCH (i)-[a:APPLIES_IN]->(p:Jurisdiction)
    RETURN {place: p.id, territorial: coalesce(a.scope, 'territorial') = 'territorial'}
  } AS appliesIn,
  COLLECT {
    MATCH (o)-[:CONCERNS]->(t:Technology) WHERE $technologies IS NULL OR t.id IN $technologies
    RETURN t {.id, .name, .nameFr, label: 'Technology'}
  } AS technologies
ORDER BY obligation.id, instrument
