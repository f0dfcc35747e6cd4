/**
 * Gaps of every kind, scored. Coverage is computed in Neo4j (coverage.cypher); the facts behind the
 * factors come from gap-context.cypher, obligation-sources.cypher and export-candidates.cypher.
 */
import type { Activity, ActorClass, CoverageLevel, RegulationMode } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { STORE_FORMAT, unpackList } from './coverage-store.js';
import { cellKey, coverageCells, isGapLevel, levelGrid, rank, routeMemo, type RouteSource } from './coverage.js';
import { cypher } from './cypher.js';
import {
  MAX_GAP_DEPLOYMENTS,
  type DatedDeployment,
  type DeploymentCount,
  type DeploymentEntry,
  type ExportEntry,
} from './evidence-store.js';
import { levelText } from './explain.js';
import type { LevelGrid } from './level-grid.js';
import { CRITICAL_RIGHTS, gapScore, scoreGap, type Factor, type Weights } from './score.js';
import type { CellQuery } from './types.js';

export interface Ref {
  id: string;
  name: string;
  nameFr: string | null;
  label: string;
}

export interface DeploymentRef {
  id: string;
  name: string;
  since: string | null;
  actor: Ref | null;
}

export type GapKind = 'DEPLOYMENT' | 'OBLIGATION' | 'EXPORT' | 'COVERAGE';

export interface Gap {
  id: string;
  kind: GapKind;
  jurisdiction: Ref;
  technology: Ref;
  activity: Activity;
  level: CoverageLevel;
  requiredLevel: CoverageLevel | null;
  obligation: Ref | null;
  /** Documented deployments in the cell, the latest MAX_GAP_DEPLOYMENTS; read for a page only (completePage). */
  deployments: DeploymentRef[];
  deploymentCount: number;
  score: number;
  /** Empty, and the explanation possibly partial, until the gap is on a page (completePage). */
  factors: Factor[];
  explanation: string;
  /** Its factors, and its explanation once the deployments are known (DEPLOYMENT gaps name them). */
  complete: (deployments: DeploymentRef[]) => { factors: Factor[]; explanation: string };
}

export const levelForMode = (mode: RegulationMode): CoverageLevel =>
  mode === 'ban' || mode === 'moratorium' ? 'prohibited' : mode === 'general' ? 'general' : 'specific';

interface Context {
  cells: LevelGrid;
  /** Documented deployments per cell of `cells` (by its position). */
  deployments: Float64Array;
  technologies: Map<string, { critical: number; riskLevel: number }>;
  gapShare: Map<string, number>;
}

/** Levels of many cells; a gap list answers its kinds' questions from one read where they overlap. */
export type CellsOf = (query: CellQuery) => Promise<LevelGrid>;

const levelsOf =
  (graph: Graph, routes?: RouteSource): CellsOf =>
  (query) =>
    levelGrid(graph, query, { routes });

/** Answers from `base` any question about its activity, actor and date within its cells; reads the rest. */
function reusing(graph: Graph, base: CellQuery, cells: Promise<LevelGrid>, routes: RouteSource): CellsOf {
  return async (query) => {
    if (query.activity === base.activity && query.actor === base.actor && query.asOf === base.asOf) {
      const grid = await cells;
      if (grid.holds(query.jurisdictions, query.technologies)) return grid;
    }
    return levelGrid(graph, query, { routes });
  };
}

interface CandidateRow {
  vendor: string;
  home: string;
  technology: string;
  destination: string;
  deployments: number;
}

/** The loader's stored evidence for these jurisdictions (evidence-stored.cypher); null when not stored. */
async function storedEvidence(
  graph: Graph,
  jurisdictions: string[],
  technologies: string[],
): Promise<{ deployments: Record<string, unknown>[]; exports: CandidateRow[] } | null> {
  const rows = await graph.read(
    cypher('evidence-stored'),
    { jurisdictions, format: STORE_FORMAT },
    { name: 'evidence-stored' },
  );
  if (!rows.some((r) => r.kind === 'stored' && r.complete === true)) return null;
  const deployments: Record<string, unknown>[] = [];
  const exports: CandidateRow[] = [];
  const only = new Set(technologies);
  for (const row of rows) {
    if (row.kind === 'deployments')
      for (const [technology, count] of unpackList<DeploymentCount>(row.entries))
        deployments.push({ jurisdiction: row.jurisdiction, technology, deployments: count });
    else if (row.kind === 'exports')
      for (const [vendor, home, technology, count] of unpackList<ExportEntry>(row.entries))
        if (only.has(technology))
          exports.push({ vendor, home, technology, destination: String(row.jurisdiction), deployments: count });
  }
  return { deployments, exports };
}

async function gapContext(
  graph: Graph,
  jurisdictions: string[],
  technologies: string[],
  activity: Activity,
  actor: ActorClass,
  asOf: string,
  storedDeployments: Record<string, unknown>[] | null,
  levels: Promise<LevelGrid>,
): Promise<Context> {
  const [cells, rows] = await Promise.all([
    levels,
    graph.read(
      cypher('gap-context'),
      { jurisdictions, technologies, critical: CRITICAL_RIGHTS, countDeployments: storedDeployments === null },
      { name: 'gap-context' },
    ),
  ]);
  const techs = new Map<string, { critical: number; riskLevel: number }>();
  // Each requested technology (by its position in `technologies`) counts the deployments of itself and
  // of its subtypes. Counts are summed per jurisdiction in an array, then kept for the cells that have
  // some: a state's deployments roll up to up to ten ancestors, too many keys to build one by one.
  const position = new Map(technologies.map((t, k) => [t, k]));
  const rollUp = new Map<string, number[]>();
  for (const row of rows) {
    if (row.kind !== 'technology') continue;
    const t = String(row.technology);
    techs.set(t, { critical: Number(row.critical), riskLevel: Number(row.riskLevel) });
    const k = position.get(t);
    if (k === undefined) continue;
    for (const d of (row.descendants as string[] | null) ?? [t]) {
      let up = rollUp.get(d);
      if (!up) rollUp.set(d, (up = []));
      up.push(k);
    }
  }
  // The grid holds jurisdictions × technologies in this order: a count's position is its cell's.
  const deployments = new Float64Array(cells.size);
  for (const row of storedDeployments ?? rows.filter((r) => r.kind === 'deployment')) {
    const up = rollUp.get(String(row.technology));
    const first = cells.rowOf(String(row.jurisdiction));
    if (!up || first < 0) continue;
    for (const k of up) deployments[first + k] = (deployments[first + k] ?? 0) + Number(row.deployments);
  }
  const gapShare = new Map<string, number>();
  for (const j of jurisdictions) {
    const first = cells.rowOf(j);
    let gaps = 0;
    for (let k = 0; k < technologies.length; k++) if (isGapLevel(cells.level(first + k))) gaps++;
    gapShare.set(j, technologies.length ? gaps / technologies.length : 0);
  }
  return { cells, deployments, technologies: techs, gapShare };
}

export interface CoverageGapQuery {
  jurisdictions: Ref[];
  technologies: Ref[];
  activity: Activity;
  actor: ActorClass;
  asOf: string;
  weights: Weights;
}

/** Every gap of the requested kinds among the jurisdictions and technologies, scored, best first. */
export async function allGaps(graph: Graph, q: CoverageGapQuery, kinds: Set<GapKind>): Promise<Gap[]> {
  const jurisdictionIds = q.jurisdictions.map((j) => j.id);
  const technologyIds = q.technologies.map((t) => t.id);
  const base = {
    jurisdictions: jurisdictionIds,
    technologies: technologyIds,
    activity: q.activity,
    actor: q.actor,
    asOf: q.asOf,
  };
  const routes = routeMemo(graph);
  const levels = levelGrid(graph, base, { routes });
  const cellsOf = reusing(graph, base, levels, routes);
  // The kinds are independent reads, side by side; obligation gaps need no evidence and start at once (the
  // longest chain). Every promise started here is awaited by the one Promise.all, so a failed read is
  // reported once and never left unhandled.
  const evidence = storedEvidence(graph, jurisdictionIds, technologyIds);
  const [ctx, obligationRows, exports] = await Promise.all([
    evidence.then((e) =>
      gapContext(graph, jurisdictionIds, technologyIds, q.activity, q.actor, q.asOf, e?.deployments ?? null, levels),
    ),
    kinds.has('OBLIGATION')
      ? obligationGaps(graph, jurisdictionIds, null, q.asOf, {
          technologies: technologyIds,
          activity: q.activity,
          cellsOf,
          routes,
          known: new Map(q.jurisdictions.map((j) => [j.id, j])),
        })
      : [],
    evidence.then((e) =>
      kinds.has('EXPORT')
        ? exportGaps(
            graph,
            null,
            q.asOf,
            { destinations: jurisdictionIds, technologies: technologyIds, candidates: e?.exports },
            cellsOf,
          )
        : [],
    ),
    levels,
  ]);
  const gaps =
    kinds.has('DEPLOYMENT') || kinds.has('COVERAGE') ? coverageGaps(q, ctx).filter((g) => kinds.has(g.kind)) : [];
  const inScope = (j: string, t: string) => ctx.gapShare.has(j) && ctx.technologies.has(t);
  for (const o of obligationRows) {
    if (!inScope(o.jurisdiction.id, o.technology.id)) continue;
    const deployments = ctx.deployments[ctx.cells.at(o.jurisdiction.id, o.technology.id)] ?? 0;
    gaps.push({
      id: `OBLIGATION:${o.jurisdiction.id}:${o.technology.id}:${o.activity}:${o.obligation.id}`,
      kind: 'OBLIGATION',
      jurisdiction: o.jurisdiction,
      technology: o.technology,
      activity: o.activity,
      level: o.actualLevel,
      requiredLevel: o.requiredLevel,
      obligation: o.obligation,
      deployments: [],
      deploymentCount: deployments,
      ...scored(
        ctx,
        q.weights,
        { j: o.jurisdiction.id, t: o.technology.id, deployments, level: o.actualLevel, requiredLevel: o.requiredLevel },
        () => o.explanation,
      ),
    });
  }
  for (const e of exports) {
    if (!inScope(e.destination.id, e.technology.id)) continue;
    gaps.push({
      id: `EXPORT:${e.destination.id}:${e.technology.id}:${e.vendor.id}`,
      kind: 'EXPORT',
      jurisdiction: e.destination,
      technology: e.technology,
      activity: 'export',
      level: e.homeLevel,
      requiredLevel: null,
      obligation: null,
      deployments: e.deployments,
      deploymentCount: e.deployments.length,
      ...scored(
        ctx,
        q.weights,
        {
          j: e.destination.id,
          t: e.technology.id,
          deployments: e.deployments.length,
          level: e.destinationLevel,
          requiredLevel: null,
        },
        () => e.explanation,
      ),
    });
  }
  return gaps.sort((a, b) => b.score - a.score || byCodeUnits(a.id, b.id));
}

/**
 * A gap's score now, for ranking every gap of a list; its factors, and its explanation (which may name
 * the deployments), once it is on a page (completePage).
 */
function scored(
  ctx: Context,
  weights: Weights,
  cell: { j: string; t: string; deployments: number; level: CoverageLevel; requiredLevel: CoverageLevel | null },
  explain: (deployments: DeploymentRef[]) => string,
): Pick<Gap, 'score' | 'factors' | 'explanation' | 'complete'> {
  const tech = ctx.technologies.get(cell.t) ?? { critical: 0, riskLevel: 1 };
  const input = {
    riskLevel: tech.riskLevel,
    deployments: cell.deployments,
    gapShare: ctx.gapShare.get(cell.j) ?? 0,
    criticalRights: tech.critical,
    level: cell.level,
    requiredLevel: cell.requiredLevel,
  };
  return {
    score: gapScore(input, weights),
    factors: [],
    explanation: '',
    complete: (deployments) => ({ factors: scoreGap(input, weights).factors, explanation: explain(deployments) }),
  };
}

/** DEPLOYMENT and COVERAGE gaps: cells at soft or none, with or without documented deployments. */
function coverageGaps(q: CoverageGapQuery, ctx: Context): Gap[] {
  const gaps: Gap[] = [];
  for (const j of q.jurisdictions) {
    const first = ctx.cells.rowOf(j.id);
    for (const t of q.technologies) {
      const at = first + ctx.cells.columnOf(t.id);
      const level = ctx.cells.level(at);
      if (!isGapLevel(level)) continue;
      const deployments = ctx.deployments[at] ?? 0;
      const kind: GapKind = deployments > 0 ? 'DEPLOYMENT' : 'COVERAGE';
      const explainWith = (found: DeploymentRef[]) =>
        `${q.activity.replace('_', ' ')} of ${t.name} in ${j.name} is ${levelText(level)} on ${q.asOf}` +
        (deployments > 0
          ? `, although it is deployed there (${found
              .map((d) => d.name)
              .slice(0, 3)
              .join('; ')}${deployments > 3 ? '; …' : ''}).`
          : '.');
      gaps.push({
        id: `${kind}:${j.id}:${t.id}:${q.activity}`,
        kind,
        jurisdiction: j,
        technology: t,
        activity: q.activity,
        level,
        requiredLevel: null,
        obligation: null,
        deployments: [],
        deploymentCount: deployments,
        ...scored(ctx, q.weights, { j: j.id, t: t.id, deployments, level, requiredLevel: null }, explainWith),
      });
    }
  }
  return gaps;
}

type Groups = Map<string, Set<string>>;
const groupParams = (groups: Groups) =>
  [...groups].map(([jurisdiction, technologies]) => ({ jurisdiction, technologies: [...technologies] }));

/** A page of gaps made whole: their documented deployments read, factors explained. */
export async function completePage(graph: Graph, page: Gap[]): Promise<Gap[]> {
  const wanted = page.filter((g) => g.kind !== 'EXPORT' && g.deploymentCount > 0);
  const groups: Groups = new Map();
  for (const g of wanted)
    groups.set(g.jurisdiction.id, (groups.get(g.jurisdiction.id) ?? new Set()).add(g.technology.id));
  const found =
    groups.size === 0
      ? new Map<string, DeploymentRef[]>()
      : ((await storedDeployments(graph, groups)) ?? (await liveDeployments(graph, groups)));
  return page.map((g) => {
    const deployments =
      g.kind === 'EXPORT' ? g.deployments : (found.get(cellKey(g.jurisdiction.id, g.technology.id)) ?? []);
    return { ...g, deployments, ...g.complete(deployments) };
  });
}

/** Each cell's latest deployments, walking each jurisdiction's deployments (gap-deployments.cypher). */
async function liveDeployments(graph: Graph, groups: Groups): Promise<Map<string, DeploymentRef[]>> {
  const rows = await graph.read(
    cypher('gap-deployments'),
    { groups: groupParams(groups), max: MAX_GAP_DEPLOYMENTS },
    { name: 'gap-deployments' },
  );
  return new Map(
    rows.map((row) => [cellKey(String(row.jurisdiction), String(row.technology)), row.deployments as DeploymentRef[]]),
  );
}

/** Strings in code-unit order, as Neo4j orders them (not localeCompare, which is also far slower). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of gap-deployments.cypher, `ORDER BY d.since DESC, d.id`: DESC puts undated first. */
function latestFirst([a, aSince]: DatedDeployment, [b, bSince]: DatedDeployment): number {
  if (aSince !== bSince) {
    if (aSince === null) return -1;
    if (bSince === null) return 1;
    return byCodeUnits(bSince, aSince);
  }
  return byCodeUnits(a, b);
}

/**
 * The same from the stored evidence (null when not stored): each cell's subtypes' stored latest lists
 * merged (the overall latest are among each subtype's latest), then the deployments read by id.
 */
async function storedDeployments(graph: Graph, groups: Groups): Promise<Map<string, DeploymentRef[]> | null> {
  const rows = await graph.read(
    cypher('gap-deployments-stored'),
    { groups: groupParams(groups), format: STORE_FORMAT },
    { name: 'gap-deployments-stored' },
  );
  if (!rows.some((r) => r.kind === 'stored' && r.complete === true)) return null;
  const latestOf = new Map<string, Map<string, DatedDeployment[]>>();
  const subtypes = new Map<string, string[]>();
  for (const row of rows) {
    if (row.kind === 'deployments')
      latestOf.set(
        String(row.id),
        new Map(unpackList<DeploymentEntry>(row.entries).map(([technology, , latest]) => [technology, latest])),
      );
    else if (row.kind === 'technology') subtypes.set(String(row.id), (row.descendants as string[] | null) ?? []);
  }
  const listed = new Map<string, string[]>();
  for (const [jurisdiction, technologies] of groups) {
    const stored = latestOf.get(jurisdiction);
    for (const technology of technologies) {
      const merged = new Map<string, DatedDeployment>();
      for (const subtype of subtypes.get(technology) ?? [])
        for (const d of stored?.get(subtype) ?? []) merged.set(d[0], d);
      const ids = [...merged.values()]
        .sort(latestFirst)
        .slice(0, MAX_GAP_DEPLOYMENTS)
        .map(([id]) => id);
      listed.set(cellKey(jurisdiction, technology), ids);
    }
  }
  const details = await graph.read(
    cypher('deployments'),
    { ids: [...new Set([...listed.values()].flat())] },
    { name: 'deployments' },
  );
  const byId = new Map(details.map((row) => [(row.deployment as DeploymentRef).id, row.deployment as DeploymentRef]));
  return new Map([...listed].map(([key, ids]) => [key, ids.flatMap((id) => byId.get(id) ?? [])]));
}

/**
 * One obligation gap; its explanation is written when read (a gap list ranks thousands and shows a page).
 */
function obligationGap(
  scope: { obligation: Ref; requiredMode: RegulationMode; route: string; instrument: string },
  j: Ref,
  t: Ref,
  activity: Activity,
  grid: LevelGrid,
  at: number,
): ObligationGapRow {
  const o = scope.obligation;
  const actualLevel = grid.level(at);
  return {
    obligation: o,
    jurisdiction: j,
    technology: t,
    activity,
    requiredMode: scope.requiredMode,
    requiredLevel: levelForMode(scope.requiredMode),
    actualLevel,
    actualMode: grid.strongestMode(at),
    route: scope.route,
    get explanation() {
      return `"${o.name}" applies to ${j.name} (${scope.route.replace('_', ' ').toLowerCase()} ${scope.instrument}) and asks for ${scope.requiredMode}; ${activity.replace('_', ' ')} of ${t.name} there is ${levelText(actualLevel)}.`;
    },
  };
}

export interface ObligationGapRow {
  obligation: Ref;
  jurisdiction: Ref;
  technology: Ref;
  activity: Activity;
  requiredMode: RegulationMode;
  requiredLevel: CoverageLevel;
  actualLevel: CoverageLevel;
  actualMode: RegulationMode | null;
  route: string;
  explanation: string;
}

/** How an instrument reaches a jurisdiction, most direct first (obligation-sources.cypher). */
const OBLIGATION_ROUTES = ['PARTY_TO', 'TERRITORIAL', 'MEMBER_OF', 'PART_OF'] as const;

type ObligationRoute = (typeof OBLIGATION_ROUTES)[number];

/**
 * The jurisdictions each instrument reaches and how, from the jurisdictions' routes (coverage-routes.cypher)
 * turned around: place → the jurisdictions that are it or part of it, body → its members' jurisdictions.
 */
function reachOf(jurisdictions: string[], routesOf: Map<string, string[]>) {
  const byPlace = new Map<string, string[]>();
  const byBody = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, j: string) => {
    const list = index.get(key);
    if (list) list.push(j);
    else index.set(key, [j]);
  };
  for (const j of jurisdictions) {
    for (const route of routesOf.get(j) ?? []) {
      const cut = route.lastIndexOf('|');
      const [owner, kind] = [route.slice(0, cut), route.slice(cut + 1)];
      if (kind === 'territorial') add(byPlace, owner, j);
      else if (kind === 'member') add(byBody, owner, j);
    }
  }
  return (source: {
    parties: string[];
    hasParties: boolean;
    appliesIn: { place: string; territorial: boolean }[];
  }): Map<string, ObligationRoute> => {
    const reached = new Map<string, ObligationRoute>();
    const reach = (j: string, route: ObligationRoute) => {
      const known = reached.get(j);
      if (!known || OBLIGATION_ROUTES.indexOf(route) < OBLIGATION_ROUTES.indexOf(known)) reached.set(j, route);
    };
    for (const party of source.parties) for (const j of byPlace.get(party) ?? []) reach(j, 'PARTY_TO');
    // A treaty with parties binds its parties only.
    if (source.hasParties) return reached;
    for (const a of source.appliesIn) {
      for (const j of byPlace.get(a.place) ?? []) {
        if (j === a.place) reach(j, 'TERRITORIAL');
        else if (a.territorial) reach(j, 'PART_OF');
      }
      for (const j of byBody.get(a.place) ?? []) reach(j, 'MEMBER_OF');
    }
    return reached;
  };
}

export interface ObligationGapOptions {
  /** Obligations concerning one of these technologies, listed with these only (default: any). */
  technologies?: string[] | null;
  /** Only this activity's gaps (default: every activity an obligation names). */
  activity?: Activity | null;
  cellsOf?: CellsOf;
  routes?: RouteSource;
  /** The jurisdictions as the caller already knows them (the rest are read). */
  known?: Map<string, Ref>;
}

/** Obligations that apply to a jurisdiction and ask for a stronger level than its law gives. */
export async function obligationGaps(
  graph: Graph,
  jurisdictions: string[],
  obligation: string | null,
  asOf: string,
  options: ObligationGapOptions = {},
): Promise<ObligationGapRow[]> {
  const {
    technologies = null,
    activity: only = null,
    cellsOf = levelsOf(graph),
    routes = routeMemo(graph),
    known = new Map<string, Ref>(),
  } = options;
  const date = new IsoDate(asOf);
  const [sources, { routesOf }] = await Promise.all([
    graph.read(cypher('obligation-sources'), { obligation, asOf: date, technologies }, { name: 'obligation-sources' }),
    routes(jurisdictions, [], date),
  ]);
  const reached = reachOf(jurisdictions, routesOf);
  // Which obligations apply to which jurisdictions, by the most direct route of any of their instruments.
  interface Scope {
    obligation: Ref;
    requiredMode: RegulationMode;
    activities: Activity[];
    technologies: Ref[];
    jurisdiction: string;
    route: string;
    instrument: string;
  }
  // Per obligation, per jurisdiction (nested maps: a world-wide instrument reaches every state, and
  // 500 obligations × 250 states of string keys cost more than the rest of the gap list).
  const byObligation = new Map<string, Map<string, Scope>>();
  for (const source of sources) {
    const o = source.obligation as Ref;
    const routes = reached({
      parties: source.parties as string[],
      hasParties: source.hasParties === true,
      appliesIn: source.appliesIn as { place: string; territorial: boolean }[],
    });
    let scopesOf = byObligation.get(o.id);
    if (!scopesOf) byObligation.set(o.id, (scopesOf = new Map()));
    for (const [jurisdiction, route] of routes) {
      const known = scopesOf.get(jurisdiction);
      if (known && OBLIGATION_ROUTES.indexOf(known.route as ObligationRoute) <= OBLIGATION_ROUTES.indexOf(route))
        continue;
      scopesOf.set(jurisdiction, {
        obligation: o,
        requiredMode: source.requiredMode as RegulationMode,
        activities: source.activities as Activity[],
        technologies: source.technologies as Ref[],
        jurisdiction,
        route,
        instrument: String(source.instrument),
      });
    }
  }
  const scopes = [...byObligation.values()].flatMap((m) => [...m.values()]);
  const byActivity = new Map<Activity, { j: Set<string>; t: Set<string> }>();
  // Levels are read per activity: only for the activities asked about.
  const activitiesOf = (scope: Scope) => (only ? scope.activities.filter((a) => a === only) : scope.activities);
  for (const scope of scopes) {
    for (const activity of activitiesOf(scope)) {
      const entry = byActivity.get(activity) ?? { j: new Set(), t: new Set() };
      entry.j.add(scope.jurisdiction);
      for (const t of scope.technologies) entry.t.add(t.id);
      byActivity.set(activity, entry);
    }
  }
  const cells = new Map<Activity, LevelGrid>();
  const names = new Map(known);
  const unnamed = [...new Set(scopes.map((s) => s.jurisdiction))].filter((id) => !names.has(id));
  // The jurisdictions' names and the cells' levels, side by side.
  await Promise.all([
    ...[...byActivity].map(async ([activity, { j, t }]) =>
      cells.set(activity, await cellsOf({ jurisdictions: [...j], technologies: [...t], activity, actor: 'all', asOf })),
    ),
    unnamed.length > 0 &&
      graph.read(cypher('entities'), { ids: unnamed }, { name: 'entities' }).then((rows) => {
        for (const row of rows) {
          const props = row.props as Record<string, unknown>;
          const id = String(row.id);
          names.set(id, {
            id,
            name: String(props.name ?? id),
            nameFr: (props.nameFr as string) ?? null,
            label: 'Jurisdiction',
          });
        }
      }),
  ]);
  const out: ObligationGapRow[] = [];
  for (const scope of scopes) {
    const requiredRank = rank(levelForMode(scope.requiredMode));
    const j = names.get(scope.jurisdiction);
    if (!j) continue;
    for (const activity of activitiesOf(scope)) {
      const grid = cells.get(activity);
      const first = grid?.rowOf(j.id) ?? -1;
      if (!grid || first < 0) continue;
      for (const t of scope.technologies) {
        const column = grid.columnOf(t.id);
        if (column < 0 || (grid.rank[first + column] ?? 0) <= requiredRank) continue;
        out.push(obligationGap(scope, j, t, activity, grid, first + column));
      }
    }
  }
  return out;
}

export interface ExportGapRow {
  vendor: Ref;
  home: Ref;
  technology: Ref;
  destination: Ref;
  homeLevel: CoverageLevel;
  destinationLevel: CoverageLevel;
  deployments: DeploymentRef[];
  explanation: string;
}

const EXPORT_CONTROLLED = (level: CoverageLevel | null) => level === 'prohibited' || level === 'specific';

/**
 * Vendors whose home does not control the export of what they supply into a weakly governed place;
 * `only` restricts the destinations and the (exact) technologies, as the gap list's filter does.
 */
export async function exportGaps(
  graph: Graph,
  technology: string | null,
  asOf: string,
  only: { destinations: string[]; technologies: string[]; candidates?: CandidateRow[] } | null = null,
  cellsOf: CellsOf = levelsOf(graph),
): Promise<ExportGapRow[]> {
  const rows =
    only?.candidates ??
    ((await graph.read(
      cypher('export-candidates'),
      { technology, destinations: only?.destinations ?? null, technologies: only?.technologies ?? null },
      { name: 'export-candidates' },
    )) as unknown as CandidateRow[]);
  if (rows.length === 0) return [];
  const homes = [...new Set(rows.map((r) => r.home))];
  const dests = [...new Set(rows.map((r) => r.destination))];
  const techs = [...new Set(rows.map((r) => r.technology))];
  const [exportCells, useCells] = await Promise.all([
    cellsOf({ jurisdictions: homes, technologies: techs, activity: 'export', actor: 'private', asOf }),
    cellsOf({ jurisdictions: dests, technologies: techs, activity: 'use', actor: 'all', asOf }),
  ]);
  const kept = rows.filter((row) => {
    const used = useCells.levelOf(row.destination, row.technology);
    return !EXPORT_CONTROLLED(exportCells.levelOf(row.home, row.technology)) && used !== null && isGapLevel(used);
  });
  if (kept.length === 0) return [];
  const details = await graph.read(
    cypher('export-details'),
    {
      candidates: kept.map(({ vendor, home, technology, destination }) => ({ vendor, home, technology, destination })),
    },
    { name: 'export-details' },
  );
  const out: ExportGapRow[] = [];
  for (const row of details) {
    const [vendor, home, tech, dest] = [row.vendor, row.home, row.technology, row.destination] as Ref[];
    if (!vendor || !home || !tech || !dest) continue;
    const homeLevel = exportCells.levelOf(home.id, tech.id) ?? 'none';
    const destinationLevel = useCells.levelOf(dest.id, tech.id) ?? 'none';
    out.push({
      vendor,
      home,
      technology: tech,
      destination: dest,
      homeLevel,
      destinationLevel,
      deployments: (row.deployments as DeploymentRef[]).map((d) => ({ ...d, actor: vendor })),
      explanation: `${vendor.name} (based in ${home.name}, where the export of ${tech.name} is ${levelText(homeLevel)}) supplies it to ${dest.name}, where its use is ${levelText(destinationLevel)}.`,
    });
  }
  return out;
}

export interface ExposureRow {
  deployment: DeploymentRef;
  actor: Ref;
  relation: string;
  technology: Ref;
  jurisdiction: Ref;
  level: CoverageLevel;
  explanation: string;
}

export async function actorExposure(graph: Graph, actor: string, asOf: string): Promise<ExposureRow[]> {
  const rows = await graph.read(cypher('exposure'), { actor }, { name: 'exposure' });
  const out: ExposureRow[] = [];
  const groups = new Map<Activity, typeof rows>();
  for (const row of rows) groups.set(row.activity as Activity, [...(groups.get(row.activity as Activity) ?? []), row]);
  for (const [activity, group] of groups) {
    const cells = await coverageCells(
      graph,
      {
        jurisdictions: [...new Set(group.map((r) => (r.jurisdiction as Ref).id))],
        technologies: [...new Set(group.map((r) => (r.technology as Ref).id))],
        activity,
        actor: 'private',
        asOf,
      },
      false,
    );
    for (const row of group) {
      const [j, t, who] = [row.jurisdiction, row.technology, row.actor] as Ref[];
      if (!j || !t || !who) continue;
      const cell = cells.get(cellKey(j.id, t.id));
      if (!cell || !isGapLevel(cell.level)) continue;
      const d = row.deployment as DeploymentRef;
      out.push({
        deployment: { ...d, actor: who },
        actor: who,
        relation: String(row.relation),
        technology: t,
        jurisdiction: j,
        level: cell.level,
        explanation: `${who.name} (${String(row.relation).toLowerCase()}) deploys ${t.name} in ${j.name}, where its ${activity.replace('_', ' ')} by private actors is ${levelText(cell.level)}.`,
      });
    }
  }
  return out;
}
