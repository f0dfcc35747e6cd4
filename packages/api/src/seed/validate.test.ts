import { describe, expect, it } from 'vitest';
import type { RawBlock } from './read.js';
import { checkValue, IsoDate, parseIsoDate, validateBlocks } from './validate.js';

const block = (label: RawBlock['label'], data: Record<string, unknown>): RawBlock => ({
  label,
  data,
  at: () => ({ file: `${label}.yaml`, line: 1, column: 1 }),
});
const source = block('Source', { id: 's', name: 'S', publisher: 'P', url: 'https://example.org', language: 'en' });

describe('seed validation', () => {
  it('accepts only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual(new IsoDate('2024-02-29'));
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2023-2-1')).toBeUndefined();
  });

  it('checks enum lists and integer ranges', () => {
    expect(checkValue({ type: { kind: 'enumList', of: 'Activity' }, description: '' }, ['use', 'sell'])).toEqual({
      error: expect.stringContaining('unknown Activity "sell"'),
    });
    expect(checkValue({ type: { kind: 'int', min: 1, max: 5 }, description: '' }, 6)).toHaveProperty('error');
    expect(checkValue({ type: { kind: 'int', min: 1, max: 5 }, description: '' }, 5)).toEqual({ value: 5 });
  });

  it('gives repeated edges between the same ends distinct, stable keys and inherits sources', () => {
    const tech = block('Technology', { id: 't', name: 'T', riskLevel: 3, sources: ['s'] });
    const regulates = { to: 't', mode: 'ban', activities: ['use'], actorsCovered: ['public'] };
    const law = block('Instrument', {
      id: 'law',
      name: 'L',
      kind: 'law',
      binding: true,
      status: 'in_force',
      sources: ['s'],
      regulates: [regulates, { ...regulates, mode: 'safeguards', actorsCovered: ['private'] }],
    });
    const result = validateBlocks([source, tech, law]);
    expect(result.problems).toEqual([]);
    expect(result.edges.map((e) => e.key)).toEqual(['law|REGULATES|t', 'law|REGULATES|t|1']);
    expect(result.edges[0]?.props.sourceIds).toEqual(['s']);
  });

  it('reports unknown fields, missing required fields and inverted dates', () => {
    const law = block('Instrument', {
      id: 'law',
      name: 'L',
      kind: 'law',
      status: 'in_force',
      sources: ['s'],
      adopted: '2020-01-01',
      inForce: '2019-01-01',
      bindng: true,
    });
    const messages = validateBlocks([source, law]).problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^law\.bindng: unknown field/),
        expect.stringMatching(/^law\.binding: required field is missing/),
        expect.stringMatching(/^law\.inForce: inForce \(2019-01-01\) is before adopted/),
      ]),
    );
  });

  it('writes PARTY_TO from the state to the treaty although the treaty lists it', () => {
    const state = block('Jurisdiction', { id: 'XA', name: 'A', level: 'national', sources: ['s'] });
    const treaty = block('Instrument', {
      id: 'tr',
      name: 'T',
      kind: 'treaty',
      binding: true,
      status: 'in_force',
      sources: ['s'],
      parties: [{ from: 'XA', since: '1990-01-01' }],
    });
    const { edges, problems } = validateBlocks([source, state, treaty]);
    expect(problems).toEqual([]);
    expect(edges).toEqual([expect.objectContaining({ type: 'PARTY_TO', from: 'XA', to: 'tr' })]);
  });
});
