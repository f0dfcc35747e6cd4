/**
 * Coverage of (jurisdiction × technology) cells, computed in Neo4j: explained by coverage.cypher, levels
 * alone by coverage-routes.cypher with coverage-best.cypher or the stored route levels (coverage-store.ts).
 */
import { COVERAGE_LEVELS, REGULATION_MODES, type CoverageLevel } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { storedKey } from './coverage-store.js';
import { cypher } from './cypher.js';
import type { CellQuery, CellRow, Explain, RuleRow } from './types.js';

export const cellKey = (jurisdiction: string, technology: string) => `${jurisdiction}\u0000${technology}`;

export interface CellOptions {
  /** Read the stored route levels when they are of the date asked for (default); false computes them live. */
  stored?: boolean;
}

/** Every requested cell, including those no rule reaches (level `none`). */
export async function coverageCells(
  graph: Graph,
  query: CellQuery,
  explain: Explain | false,
  options: CellOptions = {},
): Promise<Map<string, CellRow>> {
  // Explanations for the few cells a user reads; levels alone, route by route, for many cells.
  const rows = explain
    ? await explainedCells(graph, query, explain)
    : await cellLevels(graph, query, options.stored ?? true);
  const cells = new Map<string, CellRow>();
  for (const row of rows) {
    // Strongest first, rules that apply before excluded ones, then by instrument and provision (a stable order).
    if (row.rules.length > 1) row.rules.sort(byStrength);
    cells.set(cellKey(row.jurisdiction, row.technology), row);
  }
  for (const jurisdiction of query.jurisdictions) {
    for (const technology of query.technologies) {
      const key = cellKey(jurisdiction, technology);
      if (!cells.has(key))
        cells.set(key, {
          jurisdiction,
          technology,
          level: 'none',
          strongestMode: null,
          applying: 0,
          excludedCounts: [],
          rules: [],
        });
    }
  }
  return cells;
}

/** Excluded rules listed per cell and reason; every one is counted. */
export const MAX_EXCLUDED_LISTED = 20;

/** Explained cells are read in up to this many queries at once, split by jurisdiction. */
const EXPLAIN_PARALLEL = 4;

async function explainedCells(graph: Graph, query: CellQuery, explain: Explain): Promise<CellRow[]> {
  const pairs =
    query.pairs ?? query.jurisdictions.flatMap((j) => query.technologies.map((t): [string, string] => [j, t]));
  // Neo4j runs a query on one core, and explaining costs each jurisdiction the rules reaching it: several
  // jurisdictions are explained by several queries side by side.
  const byJurisdiction = new Map<string, [string, string][]>();
  for (const pair of pairs) byJurisdiction.set(pair[0], [...(byJurisdiction.get(pair[0]) ?? []), pair]);
  const groups = [...byJurisdiction.values()];
  const size = Math.ceil(groups.length / EXPLAIN_PARALLEL);
  const chunks = Array.from({ length: Math.ceil(groups.length / size) }, (_, k) =>
    groups.slice(k * size, (k + 1) * size).flat(),
  );
  const results = await Promise.all(
    chunks.map((chunk) =>
      graph.read(
        cypher('coverage'),
        {
          cells: chunk.map(([jurisdiction, technology]) => ({ jurisdiction, technology })),
          maxExcluded: query.maxExcluded ?? MAX_EXCLUDED_LISTED,
          excluded: explain.excluded,
          paths: explain.paths,
          activity: query.activity,
          actor: query.actor,
          asOf: new IsoDate(query.asOf),
          modes: [...REGULATION_MODES],
          levels: [...COVERAGE_LEVELS],
        },
        { name: 'coverage' },
      ),
    ),
  );
  return results.flat() as unknown as CellRow[];
}

export interface RouteContext {
  /** Each jurisdiction's routes at the date: '<place>|territorial', '<body>|member', '<place>|party'. */
  routesOf: Map<string, string[]>;
  /** Each technology with its ancestors: the targets a rule may name to reach it. */
  targetsOf: Map<string, string[]>;
  /** The date of the stored route levels, if complete. */
  storedFor: string | null;
}

/** coverage-routes.cypher: what the levels of many cells need besides the rules. */
export async function routeContext(
  graph: Graph,
  jurisdictions: string[],
  technologies: string[],
  asOf: IsoDate,
): Promise<RouteContext> {
  const rows = await graph.read(
    cypher('coverage-routes'),
    { jurisdictions, technologies, asOf },
    { name: 'coverage-routes' },
  );
  const routesOf = new Map<string, string[]>();
  const targetsOf = new Map<string, string[]>();
  let storedFor: string | null = null;
  for (const row of rows) {
    if (row.kind === 'routes') routesOf.set(String(row.id), row.list as string[]);
    else if (row.kind === 'targets') targetsOf.set(String(row.id), row.list as string[]);
    else storedFor = row.id === null ? null : String(row.id);
  }
  return { routesOf, targetsOf, storedFor };
}

interface Best {
  rank: number;
  modeRank: number;
  rules: number;
}

/**
 * Levels without explanations: each jurisdiction's routes and each technology's targets
 * (coverage-routes.cypher), the best level of each route per target — stored for the date
 * (coverage-store.ts) or computed now (coverage-best.cypher) — then, per cell, the best over both.
 */
async function cellLevels(graph: Graph, query: CellQuery, useStored: boolean): Promise<CellRow[]> {
  const asOf = new IsoDate(query.asOf);
  const { routesOf, targetsOf, storedFor } = await routeContext(graph, query.jurisdictions, query.technologies, asOf);
  const routes = [...new Set([...routesOf.values()].flat())];
  const best = new Map<string, Map<string, Best>>();
  const set = (route: string, target: string, b: Best) => {
    const byTarget = best.get(route) ?? new Map<string, Best>();
    byTarget.set(target, b);
    best.set(route, byTarget);
  };
  if (useStored && storedFor === query.asOf) {
    const stored = await graph.read(
      cypher('coverage-stored'),
      { keys: routes.map((route) => storedKey(route, query.activity, query.actor)) },
      { name: 'coverage-stored' },
    );
    for (const s of stored) {
      const [targets, ranks, modeRanks, rules] = [s.targets, s.ranks, s.modeRanks, s.rules] as string[][];
      targets?.forEach((target, k) =>
        set(String(s.route), target, {
          rank: Number(ranks?.[k]),
          modeRank: Number(modeRanks?.[k]),
          rules: Number(rules?.[k]),
        }),
      );
    }
  } else {
    const owners = (kind: string) =>
      routes.filter((r) => r.endsWith(`|${kind}`)).map((r) => r.slice(0, -kind.length - 1));
    const live = await graph.read(
      cypher('coverage-best'),
      {
        places: owners('territorial'),
        bodies: owners('member'),
        holders: owners('party'),
        asOf,
        modes: [...REGULATION_MODES],
        combos: [{ activity: query.activity, actor: query.actor }],
      },
      { name: 'coverage-best' },
    );
    for (const b of live)
      set(String(b.route), String(b.target), {
        rank: Number(b.rank),
        modeRank: b.modeRank === null ? -1 : Number(b.modeRank),
        rules: Number(b.rules),
      });
  }

  const cells: CellRow[] = [];
  for (const jurisdiction of query.jurisdictions) {
    // The best over the jurisdiction's routes, per target, then over each technology's targets.
    const merged = new Map<string, Best>();
    for (const route of routesOf.get(jurisdiction) ?? []) {
      for (const [target, b] of best.get(route) ?? []) {
        const m = merged.get(target);
        if (!m) merged.set(target, { ...b });
        else {
          m.rank = Math.min(m.rank, b.rank);
          if (b.modeRank >= 0) m.modeRank = m.modeRank < 0 ? b.modeRank : Math.min(m.modeRank, b.modeRank);
          m.rules += b.rules;
        }
      }
    }
    for (const technology of query.technologies) {
      let levelRank = COVERAGE_LEVELS.length - 1;
      let modeRank = -1;
      let applying = 0;
      for (const target of targetsOf.get(technology) ?? []) {
        const b = merged.get(target);
        if (!b) continue;
        levelRank = Math.min(levelRank, b.rank);
        if (b.modeRank >= 0) modeRank = modeRank < 0 ? b.modeRank : Math.min(modeRank, b.modeRank);
        applying += b.rules;
      }
      if (applying === 0) continue;
      const level = COVERAGE_LEVELS[levelRank] ?? 'none';
      const strongestMode = REGULATION_MODES[modeRank] ?? null;
      cells.push({ jurisdiction, technology, level, strongestMode, applying, excludedCounts: [], rules: [] });
    }
  }
  return cells;
}

export const rank = (level: CoverageLevel) => COVERAGE_LEVELS.indexOf(level);

const byStrength = (a: RuleRow, b: RuleRow) =>
  rank(a.level) - rank(b.level) ||
  Number(a.reason !== null) - Number(b.reason !== null) ||
  a.instrument.id.localeCompare(b.instrument.id) ||
  (a.provision ?? '').localeCompare(b.provision ?? '') ||
  a.mode.localeCompare(b.mode);
export const isGapLevel = (level: CoverageLevel) => level === 'soft' || level === 'none';
