import { COVERAGE_LEVELS, REGULATION_MODES } from '@lacuna/model';
import { describe, expect, it } from 'vitest';
import { LevelGrid } from './level-grid.js';

describe('LevelGrid', () => {
  const grid = new LevelGrid(['de', 'fr', 'ng'], ['cctv', 'frt']);

  it('places each cell by jurisdiction row, then technology column', () => {
    expect(grid.size).toBe(6);
    expect(grid.at('de', 'cctv')).toBe(0);
    expect(grid.at('fr', 'frt')).toBe(3);
    expect(grid.at('ng', 'frt')).toBe(5);
    expect(grid.rowOf('ng')).toBe(4);
    expect(grid.columnOf('frt')).toBe(1);
  });

  it('answers -1 for a cell it does not hold', () => {
    expect(grid.at('us', 'cctv')).toBe(-1);
    expect(grid.at('de', 'drone')).toBe(-1);
    expect(grid.rowOf('us')).toBe(-1);
    expect(grid.columnOf('drone')).toBe(-1);
    expect(grid.holds(['fr'], ['frt', 'cctv'])).toBe(true);
    expect(grid.holds(['fr', 'us'], ['frt'])).toBe(false);
    expect(grid.holds(['fr'], ['drone'])).toBe(false);
    expect(grid.levelOf('us', 'cctv')).toBeNull();
    expect(grid.levelOf('de', 'cctv')).toBe('none');
  });

  it('starts every cell at none with no mode and no rule', () => {
    for (let k = 0; k < grid.size; k++) {
      expect(grid.level(k)).toBe('none');
      expect(grid.strongestMode(k)).toBeNull();
      expect(grid.applying[k]).toBe(0);
    }
  });

  it('gives a cell back as a row with its ids, level, mode and count', () => {
    const filled = new LevelGrid(['de', 'fr'], ['cctv', 'frt']);
    const k = filled.at('fr', 'cctv');
    filled.rank[k] = COVERAGE_LEVELS.indexOf('specific');
    filled.mode[k] = REGULATION_MODES.indexOf('ban');
    filled.applying[k] = 7;
    expect(filled.row(k)).toEqual({
      jurisdiction: 'fr',
      technology: 'cctv',
      level: 'specific',
      strongestMode: 'ban',
      applying: 7,
      excludedCounts: [],
      rules: [],
    });
    expect(filled.row(filled.at('fr', 'frt')).level).toBe('none');
    expect(filled.levelOf('fr', 'cctv')).toBe('specific');
  });
});
