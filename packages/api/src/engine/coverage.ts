/**
 * Coverage of (jurisdiction × technology) cells, computed in Neo4j: explained by coverage.cypher, levels
 * alone by coverage-routes.cypher with coverage-best.cypher or the stored route levels (coverage-store.ts).
 */
import { COVERAGE_LEVELS, REGULATION_MODES, type CoverageLevel } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { STORE_FORMAT, STORED_LEVEL_WIDTH, storedKey, unpackList, type StoredLevels } from './coverage-store.js';
import { cypher } from './cypher.js';
import { LevelGrid } from './level-grid.js';
import type { CellQuery, CellRow, Explain, PathStep, RuleRow } from './types.js';

export const cellKey = (jurisdiction: string, technology: string) => `${jurisdiction}\u0000${technology}`;

export interface CellOptions {
  /** Read the stored route levels when they are of the date asked for (default); false computes them live. */
  stored?: boolean;
  /** Where routes and targets come from: shared by the reads of one request (routeMemo). */
  routes?: RouteSource;
}

/** Every requested cell, including those no rule reaches (level `none`). */
export async function coverageCells(
  graph: Graph,
  query: CellQuery,
  explain: Explain | false,
  options: CellOptions = {},
): Promise<Map<string, CellRow>> {
  // Explanations for the few cells a user reads; levels alone, route by route, for many cells.
  if (!explain) {
    const grid = await levelGrid(graph, query, options);
    const cells = new Map<string, CellRow>();
    for (let k = 0; k < grid.size; k++) {
      const row = grid.row(k);
      cells.set(cellKey(row.jurisdiction, row.technology), row);
    }
    return cells;
  }
  const rows = await explainedCells(graph, query, explain);
  const cells = new Map<string, CellRow>();
  for (const row of rows) {
    // Strongest first, rules that apply before excluded ones, then by instrument and provision (a stable order).
    if (row.rules.length > 1) row.rules.sort(byStrength);
    cells.set(cellKey(row.jurisdiction, row.technology), row);
  }
  // Explained cells come only for cells some rule reached.
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

/**
 * Explained cells are read in up to this many queries at once, split by jurisdiction: one per core of the
 * project's machine. With the rule index a state costs little, and 4 queries (before it) were slower on
 * 2 cores than 2: `complianceCheck` at L, p50 263–324 ms against 314–389, in alternation.
 */
const EXPLAIN_PARALLEL = 2;

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
          details: explain.details,
          activity: query.activity,
          actor: query.actor,
          asOf: new IsoDate(query.asOf),
          asOfText: query.asOf,
          modes: [...REGULATION_MODES],
          levels: [...COVERAGE_LEVELS],
          format: STORE_FORMAT,
        },
        { name: 'coverage' },
      ),
    ),
  );
  return results.flat().map(({ byTarget, ...cell }) => {
    // Each target's technology path came once with its rules: each rule shows it.
    const rules: RuleRow[] = [];
    for (const [tpath, targetRules] of byTarget as [PathStep[], RuleRow[]][]) {
      for (const rule of targetRules) {
        rule.tpath = tpath;
        rules.push(rule);
      }
    }
    return { ...cell, rules } as unknown as CellRow;
  });
}

export interface RouteContext {
  /** Each jurisdiction's routes at the date: '<place>|territorial', '<body>|member', '<place>|party'. */
  routesOf: Map<string, string[]>;
  /** Each technology with its ancestors: the targets a rule may name to reach it. */
  targetsOf: Map<string, string[]>;
  /** The stored route levels, if complete: their date and the technologies their targets are numbered by. */
  stored: StoredRouteLevels | null;
}

export interface StoredRouteLevels {
  asOf: string;
  targets: string[];
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
    { jurisdictions, technologies, asOf, format: STORE_FORMAT },
    { name: 'coverage-routes' },
  );
  const routesOf = new Map<string, string[]>();
  const targetsOf = new Map<string, string[]>();
  let stored: StoredRouteLevels | null = null;
  for (const row of rows) {
    if (row.kind === 'routes') routesOf.set(String(row.id), row.list as string[]);
    else if (row.kind === 'targets') targetsOf.set(String(row.id), row.list as string[]);
    else if (row.id !== null) stored = { asOf: String(row.id), targets: row.list as string[] };
  }
  return { routesOf, targetsOf, stored };
}

export type RouteSource = (jurisdictions: string[], technologies: string[], asOf: IsoDate) => Promise<RouteContext>;

/**
 * Routes and targets read once per id and date however many reads of one request ask for them (a gap
 * list asks for the same states' routes for its coverage, obligation and export gaps): ids not asked for
 * yet are read together, in one coverage-routes query, and every later ask shares that answer.
 */
export function routeMemo(graph: Graph): RouteSource {
  const byDate = new Map<
    string,
    {
      routes: Map<string, Promise<string[]>>;
      targets: Map<string, Promise<string[]>>;
      stored?: Promise<StoredRouteLevels | null>;
    }
  >();
  return async (jurisdictions, technologies, asOf) => {
    let memo = byDate.get(asOf.value);
    if (!memo) byDate.set(asOf.value, (memo = { routes: new Map(), targets: new Map() }));
    const newJ = [...new Set(jurisdictions)].filter((j) => !memo.routes.has(j));
    const newT = [...new Set(technologies)].filter((t) => !memo.targets.has(t));
    if (newJ.length > 0 || newT.length > 0 || !memo.stored) {
      const read = routeContext(graph, newJ, newT, asOf);
      for (const j of newJ)
        memo.routes.set(
          j,
          read.then((c) => c.routesOf.get(j) ?? []),
        );
      for (const t of newT)
        memo.targets.set(
          t,
          read.then((c) => c.targetsOf.get(t) ?? []),
        );
      memo.stored ??= read.then((c) => c.stored);
    }
    const [routes, targets, stored] = await Promise.all([
      Promise.all(jurisdictions.map((j) => memo.routes.get(j))),
      Promise.all(technologies.map((t) => memo.targets.get(t))),
      memo.stored,
    ]);
    return {
      routesOf: new Map(jurisdictions.map((j, k) => [j, routes[k] ?? []])),
      targetsOf: new Map(technologies.map((t, k) => [t, targets[k] ?? []])),
      stored: stored ?? null,
    };
  };
}

/** Absent from a route's levels: worse than any level rank. */
const ABSENT = 127;

/**
 * Levels without explanations: each jurisdiction's routes and each technology's targets
 * (coverage-routes.cypher), the best level of each route per target — stored for the date
 * (coverage-store.ts) or computed now (coverage-best.cypher) — then, per cell, the best over both.
 * Targets are numbered and each route's levels kept in typed arrays: a gap list joins ~500 routes ×
 * 200 targets into 25,000 cells, and Maps of objects made that join half of the request's time.
 */
export async function levelGrid(graph: Graph, query: CellQuery, options: CellOptions = {}): Promise<LevelGrid> {
  const useStored = options.stored ?? true;
  const routeSource = options.routes ?? routeMemo(graph);
  const asOf = new IsoDate(query.asOf);
  const { routesOf, targetsOf, stored } = await routeSource(query.jurisdictions, query.technologies, asOf);
  const routes = [...new Set([...routesOf.values()].flat())];
  const targetIndex = new Map<string, number>();
  for (const targets of targetsOf.values())
    for (const t of targets) if (!targetIndex.has(t)) targetIndex.set(t, targetIndex.size);
  const size = targetIndex.size;
  const levels = () => ({
    rank: new Int8Array(size).fill(ABSENT),
    mode: new Int8Array(size).fill(-1),
    rules: new Int32Array(size),
  });
  const best = new Map<string, ReturnType<typeof levels>>();
  const set = (route: string, k: number | undefined, rank: number, modeRank: number, rules: number) => {
    if (k === undefined || k < 0) return;
    let b = best.get(route);
    if (!b) best.set(route, (b = levels()));
    b.rank[k] = rank;
    b.mode[k] = modeRank;
    b.rules[k] = rules;
  };
  if (useStored && stored?.asOf === query.asOf) {
    // The store's target numbers, as positions in this request's target arrays (-1: not asked about).
    const local = stored.targets.map((t) => targetIndex.get(t) ?? -1);
    const rows = await graph.read(
      cypher('coverage-stored'),
      { keys: routes.map((route) => storedKey(route, query.activity, query.actor)) },
      { name: 'coverage-stored' },
    );
    for (const row of rows) {
      const levels = unpackList<number>(row.levels) satisfies StoredLevels;
      const route = String(row.route);
      for (let i = 0; i + STORED_LEVEL_WIDTH <= levels.length; i += STORED_LEVEL_WIDTH)
        set(route, local[levels[i] ?? -1], levels[i + 1] ?? ABSENT, levels[i + 2] ?? -1, levels[i + 3] ?? 0);
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
      set(
        String(b.route),
        targetIndex.get(String(b.target)),
        Number(b.rank),
        b.modeRank === null ? -1 : Number(b.modeRank),
        Number(b.rules),
      );
  }

  const targetsByTechnology = query.technologies.map((t) =>
    (targetsOf.get(t) ?? []).map((target) => targetIndex.get(target) ?? 0),
  );
  const merged = levels();
  const grid = new LevelGrid(query.jurisdictions, query.technologies);
  let cell = 0;
  for (const jurisdiction of query.jurisdictions) {
    // The best over the jurisdiction's routes, per target, then over each technology's targets.
    merged.rank.fill(ABSENT);
    merged.mode.fill(-1);
    merged.rules.fill(0);
    for (const route of routesOf.get(jurisdiction) ?? []) {
      const b = best.get(route);
      if (!b) continue;
      for (let k = 0; k < size; k++) {
        const [rank, mode, known] = [b.rank[k] ?? ABSENT, b.mode[k] ?? -1, merged.mode[k] ?? -1];
        if (rank < (merged.rank[k] ?? ABSENT)) merged.rank[k] = rank;
        if (mode >= 0 && (known < 0 || mode < known)) merged.mode[k] = mode;
        merged.rules[k] = (merged.rules[k] ?? 0) + (b.rules[k] ?? 0);
      }
    }
    for (const targets of targetsByTechnology) {
      let levelRank = COVERAGE_LEVELS.length - 1;
      let modeRank = -1;
      let applying = 0;
      for (const k of targets) {
        const [rank, mode] = [merged.rank[k] ?? ABSENT, merged.mode[k] ?? -1];
        if (rank < levelRank) levelRank = rank;
        if (mode >= 0 && (modeRank < 0 || mode < modeRank)) modeRank = mode;
        applying += merged.rules[k] ?? 0;
      }
      // A cell no rule applies in is `none` (the grid's default).
      if (applying > 0) {
        grid.rank[cell] = levelRank;
        grid.mode[cell] = modeRank;
        grid.applying[cell] = applying;
      }
      cell++;
    }
  }
  return grid;
}

export const rank = (level: CoverageLevel) => COVERAGE_LEVELS.indexOf(level);

const byStrength = (a: RuleRow, b: RuleRow) =>
  rank(a.level) - rank(b.level) ||
  Number(a.reason !== null) - Number(b.reason !== null) ||
  a.instrument.id.localeCompare(b.instrument.id) ||
  (a.provision ?? '').localeCompare(b.provision ?? '') ||
  a.mode.localeCompare(b.mode);
export const isGapLevel = (level: CoverageLevel) => level === 'soft' || level === 'none';
