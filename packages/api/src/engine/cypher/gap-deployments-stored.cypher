// gap-deployments-stored — what a page of gaps needs to list its deployments from the loader's stored
// evidence (evidence-store.cypher): each page jurisdiction's latest deployments per deployment technology,
// and each page technology's subtypes; engine/gaps.ts merges them (the live equivalent:
// gap-deployments.cypher). Nothing but the 'stored' row is useful when the store is not complete.
// Parameters: $groups [{jurisdiction, technologies [string]}], $format int (STORE_FORMAT)
// Columns: kind ('stored': complete | 'deployments': id = a jurisdiction, entries (JSON, DeploymentEntry[])
//          | 'technology': id = a technology, descendants [string])
OPTIONAL MATCH (state:EvidenceStoredState {complete: true, format: $format})
RETURN 'stored' AS kind, state IS NOT NULL AS complete, null AS id, null AS entries, null AS descendants
UNION ALL
UNWIND $groups AS group
MATCH (s:DeploymentsStored {jurisdiction: group.jurisdiction})
RETURN 'deployments' AS kind, null AS complete, group.jurisdiction AS id, s.entries AS entries, null AS descendants
UNION ALL
UNWIND $groups AS group
UNWIND group.technologies AS technologyId
WITH DISTINCT technologyId
MATCH (t:Technology {id: technologyId})
RETURN 'technology' AS kind, null AS complete, technologyId AS id, null AS entries, t.descendants AS descendants
