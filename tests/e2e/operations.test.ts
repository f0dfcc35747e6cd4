/**
 * Every operation the dashboard sends passes the API's validation (schema, depth, cost and alias limits)
 * and answers without errors on the seeded graph.
 */
import { print, type DocumentNode } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import * as generated from '../../packages/web/src/generated/graphql.js';

const VARIABLES: Record<string, Record<string, unknown>> = {
  CoverageMatrix: { activity: 'use', levels: ['supranational', 'national'] },
  Coverage: { jurisdiction: 'DE', technology: 'facial_recognition', activity: 'use', actor: 'law_enforcement' },
  Technologies: {},
  Jurisdictions: { filter: { levels: ['national', 'subnational', 'supranational'] } },
  Search: { text: 'France', first: 12 },
  Gaps: { filter: { activity: 'use' }, weights: { risk: 2 }, first: 25 },
  ComplianceCheck: {
    footprint: [
      { jurisdiction: 'FR', technology: 'facial_recognition', activity: 'use', actor: 'private' },
      { jurisdiction: 'US-IL', technology: 'facial_recognition', activity: 'use', actor: 'private' },
    ],
  },
  Neighbourhood: { id: 'FR', depth: 1, limit: 150 },
  EntityHead: { id: 'FR' },
  EntityDetails: { id: 'FR', first: 300 },
  JurisdictionPage: { id: 'US' },
  InstrumentPage: { id: 'eu-gdpr' },
  TechnologyPage: { id: 'facial_recognition' },
  ActorPage: { id: 'actor-nso-group' },
  ActorExposure: { actor: 'actor-nso-group' },
  ObligationPage: { id: 'nothing' },
  RightPage: { id: 'nothing' },
  SourcePage: { id: 'nothing' },
};

const documents = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, doc]) => [name.replace(/Document$/, ''), doc as unknown as DocumentNode] as const);

describe('the dashboard’s GraphQL operations against the API', () => {
  it('cover every generated document', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it.each(documents)('%s is accepted and answered', async (name, document) => {
    const response = await fetch(`${inject('e2eBaseUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables: VARIABLES[name] }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.errors ?? [], JSON.stringify(body.errors)).toEqual([]);
    expect(response.status).toBe(200);
    expect(body.data).toBeTruthy();
  });
});
