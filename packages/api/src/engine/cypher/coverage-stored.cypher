// coverage-stored — the stored route levels (coverage-best.cypher for every route, written by
// engine/coverage-store.ts) of the routes asked about, for one (activity, actor) combination.
// Parameters: $keys [string] ('<route>|<activity>|<actor>')
// Rows: route, levels (a JSON string of StoredLevels: [target number, rank, modeRank (-1: none), rules, …])
UNWIND $keys AS key
MATCH (s:CoverageBest {key: key})
RETURN s.route AS route, s.levels AS levels
