/** Bad input gets a clear error with a code, and the server stays healthy afterwards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../setup/graph.js';
import type { GraphqlClient } from '../setup/http.js';

describe('bad input', () => {
  let api: GraphqlClient;
  let url: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ api, url, stop } = await startTestApi('engine-graph'));
  });
  afterAll(() => stop());

  const cases: [string, string, object | undefined, string, RegExp][] = [
    [
      'an unknown jurisdiction id',
      '{ coverage(jurisdiction: "ZZ", technology: "t_face", activity: use) { level } }',
      undefined,
      'BAD_USER_INPUT',
      /Unknown jurisdiction id in jurisdiction: "ZZ"/,
    ],
    [
      // The ids are checked beside the explanation (details and sources asked for): the error still answers.
      'an unknown technology id, with the rules and sources selected',
      '{ coverage(jurisdiction: "XA", technology: "nope", activity: use) { level applicable { sources { id } } sources { id } } }',
      undefined,
      'BAD_USER_INPUT',
      /Unknown technology id in technology: "nope"/,
    ],
    [
      'an id of the wrong kind',
      '{ coverage(jurisdiction: "t_face", technology: "XA", activity: use) { level } }',
      undefined,
      'BAD_USER_INPUT',
      /Unknown jurisdiction id/,
    ],
    [
      'a malformed date in a variable',
      'query($d: Date) { coverage(jurisdiction: "XA", technology: "t_face", activity: use, asOf: $d) { level } }',
      { d: '2025-02-30' },
      'BAD_USER_INPUT',
      /Invalid date "2025-02-30"/,
    ],
    [
      'a malformed date literal',
      '{ coverage(jurisdiction: "XA", technology: "t_face", activity: use, asOf: "June 2025") { level } }',
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /Invalid date "June 2025"/,
    ],
    [
      'an unknown enum value',
      '{ coverage(jurisdiction: "XA", technology: "t_face", activity: spying) { level } }',
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /Activity/,
    ],
    [
      'a page size above the maximum',
      '{ gaps(first: 500) { totalCount } }',
      undefined,
      'BAD_USER_INPUT',
      /first must be between 1 and 200/,
    ],
    [
      'a huge page size, by its cost',
      '{ gaps(first: 100000) { totalCount } }',
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /Query Cost limit of 20000 exceeded/,
    ],
    [
      'a negative page size',
      '{ instruments(first: -1) { id } }',
      undefined,
      'BAD_USER_INPUT',
      /first must be between 1 and 1000/,
    ],
    ['a forged cursor', '{ gaps(after: "bm9wZQ") { totalCount } }', undefined, 'BAD_USER_INPUT', /Invalid cursor/],
    [
      'a weight out of range',
      '{ gaps(weights: { risk: 99 }) { totalCount } }',
      undefined,
      'BAD_USER_INPUT',
      /weight risk must be between 0 and 5/,
    ],
    [
      'too deep a neighbourhood',
      '{ neighbourhood(id: "XA", depth: 9) { truncated } }',
      undefined,
      'BAD_USER_INPUT',
      /depth must be 1, 2 or 3/,
    ],
    [
      'an unknown neighbourhood centre',
      '{ neighbourhood(id: "nope") { truncated } }',
      undefined,
      'BAD_USER_INPUT',
      /Unknown id "nope"/,
    ],
    [
      'an empty footprint',
      '{ complianceCheck(footprint: []) { asOf } }',
      undefined,
      'BAD_USER_INPUT',
      /footprint is empty/,
    ],
    [
      'dates in the wrong order',
      '{ changes(from: "2025-01-01", to: "2020-01-01") { from } }',
      undefined,
      'BAD_USER_INPUT',
      /must be before/,
    ],
  ];

  it.each(cases)('rejects %s with a clear error', async (_what, query, variables, code, message) => {
    const { body } = await api.raw(query, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('refuses hostile depth and aliases before touching the database', async () => {
    const deep = `{ jurisdiction(id: "XB") { parents { id } memberships { body { id } } } entity(id: "XB") { relationships { other { id } sources { sources { sources { sources { sources { sources { id } } } } } } } } }`;
    const deepErr = (await api.raw(deep)).body.errors?.[0];
    expect(deepErr?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: status { schemaVersion }`).join(' ')} }`;
    const aliasErr = (await api.raw(aliases)).body.errors?.[0];
    expect(aliasErr?.message).toMatch(/aliases/i);
    const tokens = `{ search(text: "${'x '.repeat(10)}") ${'{ id '.repeat(1)} ${' '.repeat(10)}}${' '.repeat(5)} ${'__typename '.repeat(3000)} }`;
    expect((await api.raw(tokens)).status).toBe(400);
  });

  it('is still healthy and answering after all of that', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const { coverage } = await api.data<{ coverage: { level: string } }>(
      '{ coverage(jurisdiction: "XB", technology: "t_face", activity: use, asOf: "2025-06-01") { level } }',
    );
    expect(coverage.level).toBe('specific');
  });
});
