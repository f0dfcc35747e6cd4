// changes — dated events between two dates: instruments entering into force or repealed, provisions
// (REGULATES) starting or ending, memberships starting or ending. Interval is ($from, $to].
// Parameters: $from DATE, $to DATE
// Columns: kind, date, instrument, technology, mode, provision, jurisdiction, body, change
CALL () {
  MATCH (i:Instrument) WHERE i.inForce > $from AND i.inForce <= $to
  RETURN 'inForce' AS kind, i.inForce AS date, i {.id, .name, .nameFr, .kind, .binding, .status, .citation, .url, .inForce, .repealed} AS instrument,
    null AS technology, null AS mode, null AS provision, null AS jurisdiction, null AS body, 'STARTS' AS change
  UNION ALL
  MATCH (i:Instrument) WHERE i.repealed > $from AND i.repealed <= $to
  RETURN 'repealed' AS kind, i.repealed AS date, i {.id, .name, .nameFr, .kind, .binding, .status, .citation, .url, .inForce, .repealed} AS instrument,
    null AS technology, null AS mode, null AS provision, null AS jurisdiction, null AS body, 'ENDS' AS change
  UNION ALL
  MATCH (i:Instrument)-[r:REGULATES]->(t:Technology)
  WHERE (r.from > $from AND r.from <= $to) OR (r.until > $from AND r.until <= $to)
  RETURN 'provision' AS kind, CASE WHEN r.from > $from AND r.from <= $to THEN r.from ELSE r.until END AS date,
    i {.id, .name, .nameFr, .kind, .binding, .status, .citation, .url, .inForce, .repealed} AS instrument,
    t {.id, .name, .nameFr, label: 'Technology'} AS technology, r.mode AS mode, r.provision AS provision,
    null AS jurisdiction, null AS body, CASE WHEN r.from > $from AND r.from <= $to THEN 'STARTS' ELSE 'ENDS' END AS change
  UNION ALL
  MATCH (j:Jurisdiction)-[m:MEMBER_OF]->(b:Jurisdiction)
  WHERE (m.since > $from AND m.since <= $to) OR (m.until > $from AND m.until <= $to)
  RETURN 'membership' AS kind, CASE WHEN m.since > $from AND m.since <= $to THEN m.since ELSE m.until END AS date,
    null AS instrument, null AS technology, null AS mode, null AS provision,
    j {.id, .name, .nameFr, label: 'Jurisdiction'} AS jurisdiction, b {.id, .name, .nameFr, label: 'Jurisdiction'} AS body,
    CASE WHEN m.since > $from AND m.since <= $to THEN 'JOINED' ELSE 'LEFT' END AS change
}
RETURN kind, date, instrument, technology, mode, provision, jurisdiction, body, change
ORDER BY date, kind
