import { describe, expect, it } from 'vitest';
import { matrixCsv } from './matrixExport';
import { buildRows } from './sortMatrix';

describe('matrix export', () => {
  it('writes the rows and columns shown, with levels by technology id', () => {
    const rows = buildRows(
      [{ id: 'FR' }, { id: 'CI' }],
      [
        { jurisdiction: 'FR', technology: 'cctv', level: 'specific' },
        { jurisdiction: 'CI', technology: 'cctv', level: 'none' },
      ],
      (id) => (id === 'FR' ? 'France' : 'Côte d’Ivoire, Republic of'),
    );
    const csv = matrixCsv(rows, [
      { id: 'cctv', name: 'CCTV', depth: 0 },
      { id: 'spyware', name: 'Spyware', depth: 0 },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'jurisdiction_id,jurisdiction,gaps,cctv,spyware',
      'FR,France,0,specific,',
      'CI,"Côte d’Ivoire, Republic of",1,none,',
      '',
    ]);
  });
});
