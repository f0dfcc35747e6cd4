// evidence-stored — the loader's stored evidence (evidence-store.cypher, written by
// engine/evidence-store.ts) for a gap list: deployment counts of the jurisdictions asked for and their
// export candidates. Nothing when the store is not complete: the caller then computes live.
// Parameters: $jurisdictions [string], $format int (engine/coverage-store.ts STORE_FORMAT)
// Columns: kind ('stored': complete is whether the store is complete | 'deployments': jurisdiction,
//          entries (the JSON `counts`: [[technology, count]]) | 'exports': jurisdiction (the destination),
//          entries (JSON [[vendor, home, technology, count]]): the candidates into it)
OPTIONAL MATCH (state:EvidenceStoredState {complete: true, format: $format})
RETURN 'stored' AS kind, state IS NOT NULL AS complete, null AS jurisdiction, null AS entries
UNION ALL
UNWIND $jurisdictions AS jurisdictionId
MATCH (s:DeploymentsStored {jurisdiction: jurisdictionId})
RETURN 'deployments' AS kind, null AS complete, jurisdictionId AS jurisdiction, s.counts AS entries
UNION ALL
UNWIND $jurisdictions AS jurisdictionId
MATCH (e:ExportCandidatesStored {destination: jurisdictionId})
RETURN 'exports' AS kind, null AS complete, jurisdictionId AS jurisdiction, e.entries AS entries
