import { describe, expect, it } from 'vitest';
import { taxonomyRows } from './taxonomy';

describe('the taxonomy picker', () => {
  it('lists parents before subtypes, once each, siblings by name', () => {
    const nodes = [
      { id: 'frt', name: 'Facial recognition', parents: [{ id: 'bio' }] },
      { id: 'bio', name: 'Biometric identification', parents: [{ id: 'surv' }] },
      { id: 'surv', name: 'Surveillance', parents: [] },
      { id: 'cctv', name: 'CCTV', parents: [{ id: 'surv' }, { id: 'bio' }] },
      { id: 'enc', name: 'Encryption', parents: [] },
    ];
    const rows = taxonomyRows(nodes, (n) => n.name);
    expect(rows.map((r) => `${'-'.repeat(r.depth)}${r.node.id}`)).toEqual(['enc', 'surv', '-bio', '--frt', '-cctv']);
    expect(rows.filter((r) => r.hasChildren).map((r) => r.node.id)).toEqual(['surv', 'bio']);
  });
});
