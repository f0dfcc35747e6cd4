// search — full-text search over names, French names, aliases and citations (index entity_search).
// Parameters: $query string (a Lucene query built by engine/search.ts from escaped user terms),
//             $labels [string]|null, $first int
// Columns: id, label, name, nameFr, aliases, citation, score
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN node.id AS id, label, node.name AS name, node.nameFr AS nameFr, node.aliases AS aliases,
  node.citation AS citation, score
ORDER BY score DESC, name
LIMIT $first
