// search — full-text search over names, French names, aliases and citations (index entity_search): the best
// $first hits, whole-name matches first, then by score; ties broken by name, then id.
// Parameters: $query string (a Lucene query built by engine/explore.ts from the user's words),
//             $key string (the whole text as a quoted exact key, model/search-keys.ts),
//             $labels [string]|null, $first int, $probe int (hits read from the index, best first)
// Columns: hits [{id, label, name, nameFr, aliases, citation, score}], exact boolean
//
// A whole-name match (case and accents aside) is found in the keyword index entity_keys, every one of
// them; it scores twice the best score (the first hit read), above any other hit, and several such
// matches are ordered by name: their own scores are not known unless read.
//
// Lucene returns the best $probe hits, but breaks ties by its own document order; a tie at the cut may
// continue past it. Every hit scoring above the last one read is among those read, so when $first of them
// pass the label filter the answer is exact; otherwise (`exact` false) the caller asks again with a larger
// probe. Reading every hit instead costs a property read per hit: thousands for a common word. Labels are
// read only to filter (and for the answer), names only for hits scoring at least the $first-th.
CALL db.index.fulltext.queryNodes('entity_keys', $key) YIELD node AS match
WITH collect(match) AS whole
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $probe}) YIELD node, score
WITH whole, collect({node: node, score: score}) AS read
WITH whole, read, size(read) < $probe AS all, 2 * coalesce(read[0].score, 0.0) AS bonus
WITH all,
  [node IN whole | {node: node, score: bonus}] AS named,
  [hit IN read WHERE NOT hit.node IN whole AND (all OR hit.score > read[-1].score)] AS above
WITH all,
  [hit IN named WHERE $labels IS NULL OR [l IN labels(hit.node) WHERE l <> 'Entity'][0] IN $labels] AS named,
  CASE WHEN $labels IS NULL THEN above
    ELSE [hit IN above WHERE [l IN labels(hit.node) WHERE l <> 'Entity'][0] IN $labels] END AS kept
// Other hits come best first: one scoring below the ($first - whole-name matches)-th cannot be in the answer.
WITH all, named, kept, $first - size(named) AS open
WITH all, named, kept, open,
  CASE WHEN open <= 0 THEN null WHEN size(kept) >= open THEN kept[open - 1].score ELSE -1.0 END AS floor
WITH all, open, size(kept) AS found, named + [hit IN kept WHERE floor IS NOT NULL AND hit.score >= floor] AS candidates
// [null] keeps one row when nothing is left; collect() skips it.
UNWIND CASE size(candidates) WHEN 0 THEN [null] ELSE candidates END AS hit
// Ties at the cut make candidates of hundreds of hits (templated names score alike): only the first $first
// are projected.
WITH all, open, found, hit.node AS node, hit.score AS score ORDER BY score DESC, node.name, node.id LIMIT $first
WITH all, open, found, collect(node {.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], .name, .nameFr,
  .aliases, .citation, score: score}) AS hits
RETURN hits, all OR found >= open AS exact
