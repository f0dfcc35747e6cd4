import { describe, expect, it } from 'vitest';
import { buildRows, sortRows, strength } from './sortMatrix';

const rows = buildRows(
  [{ id: 'FR' }, { id: 'DE' }, { id: 'NG' }],
  [
    { jurisdiction: 'FR', technology: 't1', level: 'specific' },
    { jurisdiction: 'FR', technology: 't2', level: 'soft' },
    { jurisdiction: 'DE', technology: 't1', level: 'prohibited' },
    { jurisdiction: 'DE', technology: 't2', level: 'general' },
    { jurisdiction: 'NG', technology: 't1', level: 'none' },
    { jurisdiction: 'NG', technology: 't2', level: 'none' },
  ],
  (id) => ({ FR: 'France', DE: 'Germany', NG: 'Nigeria' })[id] ?? id,
);

describe('matrix rows', () => {
  it('counts gaps (soft or none) and strength per row', () => {
    expect(rows.map((r) => [r.id, r.gaps, r.strength])).toEqual([
      ['FR', 1, 4],
      ['DE', 0, 6],
      ['NG', 2, 0],
    ]);
    expect(strength(undefined)).toBe(-1);
  });

  it('sorts by name, gaps, strength or one column, ties by name', () => {
    const ids = (sort: string, dir: 'asc' | 'desc') => sortRows(rows, sort, dir, 'en').map((r) => r.id);
    expect(ids('name', 'asc')).toEqual(['FR', 'DE', 'NG']);
    expect(ids('name', 'desc')).toEqual(['NG', 'DE', 'FR']);
    expect(ids('gaps', 'desc')).toEqual(['NG', 'FR', 'DE']);
    expect(ids('strength', 'desc')).toEqual(['DE', 'FR', 'NG']);
    expect(ids('tech:t1', 'desc')).toEqual(['DE', 'FR', 'NG']);
    expect(ids('tech:t2', 'asc')).toEqual(['NG', 'FR', 'DE']);
  });
});
