/**
 * Gaps of every kind, scored. Coverage is computed in Neo4j (coverage.cypher); the facts behind the
 * factors come from gap-context.cypher, obligation-scope.cypher and export-candidates.cypher.
 */
import type { Activity, ActorClass, CoverageLevel, RegulationMode } from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { cellKey, coverageCells, isGapLevel, rank } from './coverage.js';
import { cypher } from './cypher.js';
import { levelText } from './explain.js';
import { CRITICAL_RIGHTS, scoreGap, type Factor, type Weights } from './score.js';
import type { CellRow } from './types.js';

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
  deployments: DeploymentRef[];
  score: number;
  factors: Factor[];
  explanation: string;
}

export const levelForMode = (mode: RegulationMode): CoverageLevel =>
  mode === 'ban' || mode === 'moratorium' ? 'prohibited' : mode === 'general' ? 'general' : 'specific';

interface Context {
  cells: Map<string, CellRow>;
  deployments: Map<string, DeploymentRef[]>;
  technologies: Map<string, { critical: number; riskLevel: number }>;
  gapShare: Map<string, number>;
}

async function gapContext(
  graph: Graph,
  jurisdictions: string[],
  technologies: string[],
  activity: Activity,
  actor: ActorClass,
  asOf: string,
): Promise<Context> {
  const [cells, rows] = await Promise.all([
    coverageCells(graph, { jurisdictions, technologies, activity, actor, asOf }, false),
    graph.read(
      cypher('gap-context'),
      { jurisdictions, technologies, critical: CRITICAL_RIGHTS },
      { name: 'gap-context' },
    ),
  ]);
  const deployments = new Map<string, DeploymentRef[]>();
  const techs = new Map<string, { critical: number; riskLevel: number }>();
  for (const row of rows) {
    if (row.kind === 'deployment')
      deployments.set(cellKey(String(row.jurisdiction), String(row.technology)), row.deployments as DeploymentRef[]);
    else techs.set(String(row.technology), { critical: Number(row.critical), riskLevel: Number(row.riskLevel) });
  }
  const gapShare = new Map<string, number>();
  for (const j of jurisdictions) {
    const own = technologies.map((t) => cells.get(cellKey(j, t))).filter((c): c is CellRow => !!c);
    gapShare.set(j, own.length ? own.filter((c) => isGapLevel(c.level)).length / own.length : 0);
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
  // The three kinds are independent reads: run them side by side.
  const [ctx, obligations, exports] = await Promise.all([
    gapContext(
      graph,
      jurisdictionIds,
      q.technologies.map((t) => t.id),
      q.activity,
      q.actor,
      q.asOf,
    ),
    kinds.has('OBLIGATION') ? obligationGaps(graph, jurisdictionIds, null, q.asOf) : [],
    kinds.has('EXPORT') ? exportGaps(graph, null, q.asOf) : [],
  ]);
  const gaps =
    kinds.has('DEPLOYMENT') || kinds.has('COVERAGE') ? coverageGaps(q, ctx).filter((g) => kinds.has(g.kind)) : [];
  const inScope = (j: string, t: string) => ctx.gapShare.has(j) && ctx.technologies.has(t);
  const score = (
    j: string,
    t: string,
    deployments: number,
    level: CoverageLevel,
    requiredLevel: CoverageLevel | null,
  ) => {
    const tech = ctx.technologies.get(t) ?? { critical: 0, riskLevel: 1 };
    return scoreGap(
      {
        riskLevel: tech.riskLevel,
        deployments,
        gapShare: ctx.gapShare.get(j) ?? 0,
        criticalRights: tech.critical,
        level,
        requiredLevel,
      },
      q.weights,
    );
  };
  for (const o of obligations) {
    if (o.activity !== q.activity || !inScope(o.jurisdiction.id, o.technology.id)) continue;
    const deployments = ctx.deployments.get(cellKey(o.jurisdiction.id, o.technology.id)) ?? [];
    gaps.push({
      id: `OBLIGATION:${o.jurisdiction.id}:${o.technology.id}:${o.activity}:${o.obligation.id}`,
      kind: 'OBLIGATION',
      jurisdiction: o.jurisdiction,
      technology: o.technology,
      activity: o.activity,
      level: o.actualLevel,
      requiredLevel: o.requiredLevel,
      obligation: o.obligation,
      deployments,
      ...score(o.jurisdiction.id, o.technology.id, deployments.length, o.actualLevel, o.requiredLevel),
      explanation: o.explanation,
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
      ...score(e.destination.id, e.technology.id, e.deployments.length, e.destinationLevel, null),
      explanation: e.explanation,
    });
  }
  return gaps.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** DEPLOYMENT and COVERAGE gaps: cells at soft or none, with or without documented deployments. */
function coverageGaps(q: CoverageGapQuery, ctx: Context): Gap[] {
  const gaps: Gap[] = [];
  for (const j of q.jurisdictions) {
    for (const t of q.technologies) {
      const cell = ctx.cells.get(cellKey(j.id, t.id));
      if (!cell || !isGapLevel(cell.level)) continue;
      const deployments = ctx.deployments.get(cellKey(j.id, t.id)) ?? [];
      const tech = ctx.technologies.get(t.id) ?? { critical: 0, riskLevel: 1 };
      const { score, factors } = scoreGap(
        {
          riskLevel: tech.riskLevel,
          deployments: deployments.length,
          gapShare: ctx.gapShare.get(j.id) ?? 0,
          criticalRights: tech.critical,
          level: cell.level,
        },
        q.weights,
      );
      const kind: GapKind = deployments.length > 0 ? 'DEPLOYMENT' : 'COVERAGE';
      gaps.push({
        id: `${kind}:${j.id}:${t.id}:${q.activity}`,
        kind,
        jurisdiction: j,
        technology: t,
        activity: q.activity,
        level: cell.level,
        requiredLevel: null,
        obligation: null,
        deployments,
        score,
        factors,
        explanation:
          `${q.activity.replace('_', ' ')} of ${t.name} in ${j.name} is ${levelText(cell.level)} on ${q.asOf}` +
          (deployments.length
            ? `, although it is deployed there (${deployments
                .map((d) => d.name)
                .slice(0, 3)
                .join('; ')}).`
            : '.'),
      });
    }
  }
  return gaps;
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

/** Obligations that apply to a jurisdiction and ask for a stronger level than its law gives. */
export async function obligationGaps(
  graph: Graph,
  jurisdictions: string[],
  obligation: string | null,
  asOf: string,
): Promise<ObligationGapRow[]> {
  const scope = await graph.read(
    cypher('obligation-scope'),
    { jurisdictions, obligation, asOf: new IsoDate(asOf) },
    { name: 'obligation-scope' },
  );
  const byActivity = new Map<Activity, { j: Set<string>; t: Set<string> }>();
  for (const row of scope) {
    for (const activity of row.activities as Activity[]) {
      const entry = byActivity.get(activity) ?? { j: new Set(), t: new Set() };
      entry.j.add((row.jurisdiction as Ref).id);
      for (const t of row.technologies as Ref[]) entry.t.add(t.id);
      byActivity.set(activity, entry);
    }
  }
  const cells = new Map<Activity, Map<string, CellRow>>();
  await Promise.all(
    [...byActivity].map(async ([activity, { j, t }]) =>
      cells.set(
        activity,
        await coverageCells(
          graph,
          { jurisdictions: [...j], technologies: [...t], activity, actor: 'all', asOf },
          false,
        ),
      ),
    ),
  );
  const out: ObligationGapRow[] = [];
  for (const row of scope) {
    const requiredMode = row.requiredMode as RegulationMode;
    const requiredLevel = levelForMode(requiredMode);
    const j = row.jurisdiction as Ref;
    for (const activity of row.activities as Activity[]) {
      for (const t of row.technologies as Ref[]) {
        const cell = cells.get(activity)?.get(cellKey(j.id, t.id));
        if (!cell || rank(cell.level) <= rank(requiredLevel)) continue;
        const o = row.obligation as Ref;
        out.push({
          obligation: o,
          jurisdiction: j,
          technology: t,
          activity,
          requiredMode,
          requiredLevel,
          actualLevel: cell.level,
          actualMode: cell.strongestMode,
          route: String(row.route),
          explanation: `"${o.name}" applies to ${j.name} (${String(row.route).replace('_', ' ').toLowerCase()} ${String(row.instrument)}) and asks for ${requiredMode}; ${activity.replace('_', ' ')} of ${t.name} there is ${levelText(cell.level)}.`,
        });
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

const EXPORT_CONTROLLED = (cell: CellRow | undefined) =>
  !!cell && (cell.level === 'prohibited' || cell.level === 'specific');

/** Vendors whose home does not control the export of what they supply into a weakly governed place. */
export async function exportGaps(graph: Graph, technology: string | null, asOf: string): Promise<ExportGapRow[]> {
  const rows = await graph.read(cypher('export-candidates'), { technology }, { name: 'export-candidates' });
  const homes = [...new Set(rows.map((r) => (r.home as Ref).id))];
  const dests = [...new Set(rows.map((r) => (r.destination as Ref).id))];
  const techs = [...new Set(rows.map((r) => (r.technology as Ref).id))];
  if (rows.length === 0) return [];
  const [exportCells, useCells] = await Promise.all([
    coverageCells(
      graph,
      { jurisdictions: homes, technologies: techs, activity: 'export', actor: 'private', asOf },
      false,
    ),
    coverageCells(graph, { jurisdictions: dests, technologies: techs, activity: 'use', actor: 'all', asOf }, false),
  ]);
  const out: ExportGapRow[] = [];
  for (const row of rows) {
    const [vendor, home, tech, dest] = [row.vendor, row.home, row.technology, row.destination] as Ref[];
    if (!vendor || !home || !tech || !dest) continue;
    const exported = exportCells.get(cellKey(home.id, tech.id));
    const used = useCells.get(cellKey(dest.id, tech.id));
    if (EXPORT_CONTROLLED(exported) || !used || !isGapLevel(used.level)) continue;
    out.push({
      vendor,
      home,
      technology: tech,
      destination: dest,
      homeLevel: exported?.level ?? 'none',
      destinationLevel: used.level,
      deployments: (row.deployments as DeploymentRef[]).map((d) => ({ ...d, actor: vendor })),
      explanation: `${vendor.name} (based in ${home.name}, where the export of ${tech.name} is ${levelText(exported?.level ?? 'none')}) supplies it to ${dest.name}, where its use is ${levelText(used.level)}.`,
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
