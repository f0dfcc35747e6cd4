/** Coverage of (jurisdiction × technology) cells, computed in Neo4j by engine/cypher/coverage.cypher. */
import { COVERAGE_LEVELS, REGULATION_MODES, type CoverageLevel } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { cypher } from './cypher.js';
import type { CellQuery, CellRow } from './types.js';

export const cellKey = (jurisdiction: string, technology: string) => `${jurisdiction}\u0000${technology}`;

/** Every requested cell, including those no rule reaches (level `none`). */
export async function coverageCells(graph: Graph, query: CellQuery, explain: boolean): Promise<Map<string, CellRow>> {
  const rows = (await graph.read(
    cypher('coverage'),
    {
      jurisdictions: query.jurisdictions,
      technologies: query.technologies,
      activity: query.activity,
      actor: query.actor,
      asOf: new IsoDate(query.asOf),
      explain,
      modes: [...REGULATION_MODES],
      levels: [...COVERAGE_LEVELS],
    },
    { name: 'coverage' },
  )) as unknown as CellRow[];
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
