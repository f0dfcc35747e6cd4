/** Coverage of (jurisdiction × technology) cells, computed in Neo4j by engine/cypher/coverage.cypher. */
import { COVERAGE_LEVELS, REGULATION_MODES, type CoverageLevel } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { cypher } from './cypher.js';
import type { CellQuery, CellRow } from './types.js';

export const cellKey = (jurisdiction: string, technology: string) => `${jurisdiction}\u0000${technology}`;

/** Every requested cell, including those no rule reaches (level `none`). */
export async function coverageCells(graph: Graph, query: CellQuery, explain: boolean): Promise<Map<string, CellRow>> {
  const params = {
    jurisdictions: query.jurisdictions,
    technologies: query.technologies,
    activity: query.activity,
    actor: query.actor,
    asOf: new IsoDate(query.asOf),
    modes: [...REGULATION_MODES],
    levels: [...COVERAGE_LEVELS],
  };
  // Explanations for the few cells a user reads; levels alone, computed place by place, for many cells.
  const rows = explain
    ? ((await graph.read(cypher('coverage'), params, { name: 'coverage' })) as unknown as CellRow[])
    : (
        (await graph.read(cypher('coverage-levels'), params, { name: 'coverage-levels' })) as unknown as Omit<
          CellRow,
          'rules'
        >[]
      ).map((row) => ({ ...row, rules: [] }));
  const cells = new Map<string, CellRow>();
  for (const row of rows) {
    row.rules.sort((a, b) => rank(a.level) - rank(b.level) || (a.reason === null ? -1 : 1));
    cells.set(cellKey(row.jurisdiction, row.technology), row);
  }
  for (const jurisdiction of query.jurisdictions) {
    for (const technology of query.technologies) {
      const key = cellKey(jurisdiction, technology);
      if (!cells.has(key))
        cells.set(key, { jurisdiction, technology, level: 'none', strongestMode: null, applying: 0, rules: [] });
    }
  }
  return cells;
}

export const rank = (level: CoverageLevel) => COVERAGE_LEVELS.indexOf(level);
export const isGapLevel = (level: CoverageLevel) => level === 'soft' || level === 'none';
