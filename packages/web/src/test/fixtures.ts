/** Small answers shaped by the generated operation types, for component tests. */
import type {
  ComplianceCheckQuery,
  CoverageMatrixQuery,
  CoverageQuery,
  GapsQuery,
  JurisdictionsQuery,
  TechnologiesQuery,
} from '../generated/graphql';

export const technologies: TechnologiesQuery = {
  technologies: [
    {
      id: 'biometric_identification',
      name: 'Biometric identification',
      nameFr: 'Identification biométrique',
      riskLevel: 4,
      parents: [],
    },
    {
      id: 'facial_recognition',
      name: 'Facial recognition',
      nameFr: 'Reconnaissance faciale',
      riskLevel: 4,
      parents: [{ id: 'biometric_identification' }],
    },
    { id: 'spyware', name: 'Spyware', nameFr: 'Logiciel espion', riskLevel: 5, parents: [] },
  ],
};

export const jurisdictions: JurisdictionsQuery = {
  jurisdictions: [
    {
      id: 'FR',
      name: 'France',
      nameFr: 'France',
      level: 'national',
      region: 'Europe',
      subregion: 'Western Europe',
      m49: '250',
      parents: [],
    },
    {
      id: 'DE',
      name: 'Germany',
      nameFr: 'Allemagne',
      level: 'national',
      region: 'Europe',
      subregion: 'Western Europe',
      m49: '276',
      parents: [],
    },
    {
      id: 'NG',
      name: 'Nigeria',
      nameFr: 'Nigéria',
      level: 'national',
      region: 'Africa',
      subregion: 'Western Africa',
      m49: '566',
      parents: [],
    },
  ],
};

export const matrix: CoverageMatrixQuery = {
  coverageMatrix: {
    asOf: '2025-06-01',
    activity: 'use',
    actor: 'all',
    jurisdictions: jurisdictions.jurisdictions.map((j) => ({ ...j, parent: null })),
    technologies: [
      {
        id: 'facial_recognition',
        name: 'Facial recognition',
        nameFr: 'Reconnaissance faciale',
        parents: [],
        riskLevel: 4,
      },
      { id: 'spyware', name: 'Spyware', nameFr: 'Logiciel espion', parents: [], riskLevel: 5 },
    ],
    cells: [
      {
        jurisdiction: 'FR',
        technology: 'facial_recognition',
        level: 'specific',
        rules: 2,
        strongestMode: 'safeguards',
      },
      { jurisdiction: 'FR', technology: 'spyware', level: 'general', rules: 1, strongestMode: 'general' },
      { jurisdiction: 'DE', technology: 'facial_recognition', level: 'prohibited', rules: 1, strongestMode: 'ban' },
      { jurisdiction: 'DE', technology: 'spyware', level: 'soft', rules: 1, strongestMode: 'safeguards' },
      { jurisdiction: 'NG', technology: 'facial_recognition', level: 'none', rules: 0, strongestMode: null },
      { jurisdiction: 'NG', technology: 'spyware', level: 'none', rules: 0, strongestMode: null },
    ],
  },
};

const source = {
  id: 'src-eurlex-ai-act',
  name: 'Regulation (EU) 2024/1689',
  nameFr: null,
  publisher: 'EUR-Lex',
  url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  date: '2024-07-12',
  language: 'en' as const,
  confidence: 'high' as const,
  checked: '2025-01-15',
};

export function coverage(jurisdiction = 'FR', technology = 'facial_recognition'): CoverageQuery {
  return {
    coverage: {
      asOf: '2025-06-01',
      activity: 'use',
      actor: 'all',
      level: 'specific',
      isGap: false,
      strongestMode: 'safeguards',
      summary: 'Governed by binding, technology-specific rules.',
      jurisdiction: {
        id: jurisdiction,
        label: 'Jurisdiction',
        name: jurisdiction === 'FR' ? 'France' : jurisdiction,
        nameFr: null,
      },
      technology: { id: technology, label: 'Technology', name: 'Facial recognition', nameFr: 'Reconnaissance faciale' },
      sources: [source],
      applicable: [
        {
          mode: 'safeguards',
          level: 'specific',
          excludedBecause: null,
          route: 'MEMBER_OF',
          provision: 'Art. 26',
          condition: null,
          activities: ['use'],
          actorsCovered: ['all'],
          from: null,
          until: null,
          instrument: {
            id: 'eu-ai-act',
            name: 'Artificial Intelligence Act',
            nameFr: 'Règlement sur l’intelligence artificielle',
            kind: 'regulation',
            binding: true,
            status: 'partially_in_force',
            citation: 'Regulation (EU) 2024/1689',
            url: source.url,
            inForce: '2024-08-01',
            repealed: null,
          },
          jurisdictionPath: [
            { id: jurisdiction, name: 'France', via: null },
            { id: 'EU', name: 'European Union', via: 'MEMBER_OF' },
          ],
          technologyPath: [
            { id: technology, name: 'Facial recognition', via: null },
            { id: 'biometric_identification', name: 'Biometric identification', via: 'SUBTYPE_OF' },
          ],
          sources: [source],
        },
      ],
      excluded: [],
      excludedCount: 0,
      excludedByReason: [],
    },
  };
}

function gap(id: string, jurisdiction: string, score: number, risk: number) {
  return {
    cursor: id,
    node: {
      id,
      kind: 'DEPLOYMENT' as const,
      activity: 'use' as const,
      level: 'none' as const,
      requiredLevel: null,
      score,
      explanation: `Deployed in ${jurisdiction} with no rule.`,
      jurisdiction: { id: jurisdiction, label: 'Jurisdiction' as const, name: jurisdiction, nameFr: null },
      technology: { id: 'spyware', label: 'Technology' as const, name: 'Spyware', nameFr: 'Logiciel espion' },
      obligation: null,
      factors: [
        { name: 'risk', value: risk, weight: 1, explanation: 'risk' },
        { name: 'absence', value: 1, weight: 1, explanation: 'none' },
      ],
      deployments: [],
      deploymentCount: 0,
    },
  };
}

/** Two gaps whose order flips when the risk weight goes to 0. */
export function gaps(weights: { risk?: number | null } = {}): GapsQuery {
  const riskWeight = weights.risk ?? 1;
  const rows = [gap('g1', 'NG', 0.9 ** riskWeight * 0.5, 0.9), gap('g2', 'FR', 0.4 ** riskWeight * 0.8, 0.4)].sort(
    (a, b) => b.node.score - a.node.score,
  );
  return {
    gaps: {
      totalCount: rows.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      weights: { risk: riskWeight, evidence: 1, governance: 1, vulnerability: 1, absence: 1 },
      edges: rows,
    },
  };
}

export function compliance(footprint: { jurisdiction: string; technology: string }[]): ComplianceCheckQuery {
  const items = footprint.map((item, index) => {
    const c = coverage(item.jurisdiction, item.technology).coverage;
    return { index, coverage: index === 1 ? { ...c, level: 'soft' as const, applicable: [] } : c };
  });
  return {
    complianceCheck: {
      asOf: '2025-06-01',
      softOnly: items.length > 1 ? [1] : [],
      uncovered: [],
      summary: {
        items: items.length,
        prohibited: 0,
        specific: 1,
        general: 0,
        soft: items.length - 1,
        none: 0,
        conflicts: 0,
        text: 'Checked.',
      },
      items,
      conflicts: [],
      strictest: [
        {
          activity: 'use',
          level: 'specific',
          mode: 'safeguards',
          items: items.map((i) => i.index),
          explanation: 'Meet the AI Act safeguards everywhere.',
          technology: { id: 'facial_recognition', label: 'Technology', name: 'Facial recognition', nameFr: null },
          rules: coverage().coverage.applicable,
        },
      ],
    },
  };
}
