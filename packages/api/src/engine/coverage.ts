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
    : joinLevels(query, await graph.read(cypher('coverage-levels'), params, { name: 'coverage-levels' }));
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

/** Each jurisdiction takes, per technology, the best level over its routes (coverage-levels.cypher). */
function joinLevels(query: CellQuery, rows: Record<string, unknown>[]): CellRow[] {
  const routesOf = new Map<string, string[]>();
  const best = new Map<string, { rank: number; modeRank: number | null; rules: number }>();
  for (const row of rows) {
    if (row.kind === 'routes') routesOf.set(String(row.jurisdiction), row.routes as string[]);
    else
      best.set(`${String(row.route)}\u0000${String(row.technology)}`, {
        rank: Number(row.rank),
        modeRank: row.modeRank === null ? null : Number(row.modeRank),
        rules: Number(row.rules),
      });
  }
  const cells: CellRow[] = [];
  for (const jurisdiction of query.jurisdictions) {
    for (const technology of query.technologies) {
      let levelRank = COVERAGE_LEVELS.length - 1;
      let modeRank: number | null = null;
      let applying = 0;
      for (const route of routesOf.get(jurisdiction) ?? []) {
        const b = best.get(`${route}\u0000${technology}`);
        if (!b) continue;
        levelRank = Math.min(levelRank, b.rank);
        if (b.modeRank !== null) modeRank = modeRank === null ? b.modeRank : Math.min(modeRank, b.modeRank);
        applying += b.rules;
      }
      const level = COVERAGE_LEVELS[levelRank] ?? 'none';
      const strongestMode = modeRank === null ? null : (REGULATION_MODES[modeRank] ?? null);
      cells.push({ jurisdiction, technology, level, strongestMode, applying, rules: [] });
    }
  }
  return cells;
}

export const rank = (level: CoverageLevel) => COVERAGE_LEVELS.indexOf(level);
export const isGapLevel = (level: CoverageLevel) => level === 'soft' || level === 'none';
