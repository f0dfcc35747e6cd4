// search — full-text search over names, French names, aliases and citations (index entity_search): the best
// $first hits by score, ties broken by name, then id.
// Parameters: $query string (a Lucene query built by engine/explore.ts from the user's words),
//             $labels [string]|null, $first int, $probe int (hits read from the index, best first)
// Columns: hits [{id, label, name, nameFr, aliases, citation, score}], exact boolean
//
// Lucene returns the best $probe hits, but breaks ties by its own document order; a tie at the cut may
// continue past it. Every hit scoring above the last one read is among those read, so when $first of them
// pass the label filter the answer is exact; otherwise (`exact` false) the caller asks again with a larger
// probe. Reading every hit instead costs a property read per hit: thousands for a common word. Labels are
// read only to filter (and for the answer), names only for hits scoring at least the $first-th.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $probe}) YIELD node, score
WITH collect({node: node, score: score}) AS read
WITH read, size(read) < $probe AS all
WITH all, [hit IN read WHERE all OR hit.score > read[-1].score] AS above
WITH all, CASE WHEN $labels IS NULL THEN above
  ELSE [hit IN above WHERE [l IN labels(hit.node) WHERE l <> 'Entity'][0] IN $labels] END AS kept
// Hits come best first: one scoring below the $first-th kept cannot be in the answer.
WITH all, kept, CASE WHEN size(kept) >= $first THEN kept[$first - 1].score ELSE -1.0 END AS floor
WITH all, [hit IN kept WHERE hit.score >= floor] AS candidates, size(kept) AS found
// [null] keeps one row when nothing is left; collect() skips it.
UNWIND CASE size(candidates) WHEN 0 THEN [null] ELSE candidates END AS hit
WITH all, found, hit.node AS node, hit.score AS score ORDER BY score DESC, node.name, node.id
WITH all, found, collect(node {.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], .name, .nameFr, .aliases,
  .citation, score: score}) AS hits
RETURN hits[0..$first] AS hits, all OR found >= $first AS exact
