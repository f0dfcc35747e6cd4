// evidence-stored — the loader's stored evidence (evidence-store.cypher) for a gap list: deployment counts
// of the jurisdictions asked for (rows as gap-context.cypher's 'deployment' rows) and their export
// candidates (rows as export-candidates.cypher's). Nothing when the store is not complete: the caller
// then computes live.
// Parameters: $jurisdictions [string]
// Columns: kind ('stored': complete is whether the store is complete | 'deployments': jurisdiction,
//          technologies [string] and counts [int], aligned | 'exports': jurisdiction (destination),
//          technologies, counts, vendors, homes [string], aligned: the candidates into it)
OPTIONAL MATCH (state:EvidenceStoredState {complete: true})
RETURN 'stored' AS kind, state IS NOT NULL AS complete, null AS jurisdiction, null AS technologies,
  null AS counts, null AS vendors, null AS homes
UNION ALL
UNWIND $jurisdictions AS jurisdictionId
MATCH (s:DeploymentsStored {jurisdiction: jurisdictionId})
RETURN 'deployments' AS kind, null AS complete, jurisdictionId AS jurisdiction, s.technologies AS technologies,
  s.counts AS counts, null AS vendors, null AS homes
UNION ALL
UNWIND $jurisdictions AS jurisdictionId
MATCH (e:ExportCandidatesStored {destination: jurisdictionId})
RETURN 'exports' AS kind, null AS complete, jurisdictionId AS jurisdiction, e.technologies AS technologies,
  e.counts AS counts, e.vendors AS vendors, e.homes AS homes
