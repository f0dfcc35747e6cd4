// coverage-stored — the stored route levels (coverage-best.cypher for every route, written by
// engine/coverage-store.ts) of the routes asked about, for one (activity, actor) combination.
// Parameters: $keys [string] ('<route>|<activity>|<actor>')
// Rows: route, targets [string], ranks [int], modeRanks [int] (-1: none), rules [int], aligned by index
UNWIND $keys AS key
MATCH (s:CoverageBest {key: key})
RETURN s.route AS route, s.targets AS targets, s.ranks AS ranks, s.modeRanks AS modeRanks, s.rules AS rules
