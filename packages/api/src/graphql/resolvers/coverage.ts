/** coverage, coverageMatrix, complianceCheck and the catalogue lists. */
import type { GraphQLResolveInfo } from 'graphql';
import { COVERAGE_LEVELS, type Activity, type ActorClass, type CoverageLevel } from '@lacuna/model';
import {
  listInstruments,
  listJurisdictions,
  listTechnologies,
  type InstrumentFilter,
  type JurisdictionFilter,
} from '../../engine/catalog.js';
import { complianceCheck, type FootprintItem } from '../../engine/compliance.js';
import { cellKey, coverageCells, isGapLevel, levelGrid } from '../../engine/coverage.js';
import { cellSummary } from '../../engine/explain.js';
import type { CellRow, Explain, RuleDetails, RuleRow } from '../../engine/types.js';
import type { Context } from '../context.js';
import { pageSize, requireIds, today, userError } from '../inputs.js';
import { selectedPaths } from '../selection.js';
import { loadNode, loadSources, toNode } from './nodes.js';

export const MAX_MATRIX_CELLS = 30_000;
export const MAX_FOOTPRINT = 100;

const ref = (id: string, name: string, label: string, nameFr?: unknown) => ({
  id,
  name,
  label,
  nameFr: nameFr ?? null,
});

async function refOf(context: Context, id: string) {
  const node = await loadNode(context, id);
  return node ? ref(node.id, String(node.name), node.label, node.nameFr) : ref(id, id, 'Entity');
}

export async function coverageOut(
  context: Context,
  cell: CellRow,
  activity: Activity,
  actor: ActorClass,
  asOf: string,
) {
  // The sources read with the rules: Rule.sources and Coverage.sources find them without a read.
  for (const source of cell.sources ?? []) context.loaders.entities.prime(source.id, source);
  const [jurisdiction, technology] = await Promise.all([
    refOf(context, cell.jurisdiction),
    refOf(context, cell.technology),
  ]);
  const applicable = cell.rules.filter((r) => r.reason === null);
  return {
    jurisdiction,
    technology,
    activity,
    actor,
    asOf,
    level: cell.level,
    strongestMode: cell.strongestMode,
    isGap: isGapLevel(cell.level),
    applicable,
    excluded: cell.rules.filter((r) => r.reason !== null),
    excludedCount: cell.excludedCounts.reduce((sum, e) => sum + e.count, 0),
    excludedByReason: [...cell.excludedCounts].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    summary: cellSummary(cell, { jurisdiction: jurisdiction.name, technology: technology.name }, activity, actor, asOf),
  };
}

/**
 * The fields of a Rule that a rule row carries without details (Explain.details); selecting any other
 * field of a rule list, or a Coverage's sources, asks for details.
 */
const LEAN_RULE_FIELDS = new Set([
  '__typename',
  'instrument',
  'instrument.__typename',
  'instrument.id',
  'instrument.name',
  'mode',
  'level',
  'provision',
  'route',
  'excludedBecause',
]);

/**
 * What the explained cells must carry for the fields a request selects, under `coverage` (a Coverage
 * object's path, '' for the root field) and `rules` (paths to other Rule lists built from those cells).
 */
export function explanationFor(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  coverage: string,
  rules: string[] = [],
): Explain {
  const paths = selectedPaths(info);
  const any = (...wanted: string[]) => wanted.some((p) => paths.has(p));
  const summary = `${coverage}summary`;
  const ruleLists = [`${coverage}applicable`, `${coverage}excluded`, ...rules];
  const pathsOf = (rule: string) => [`${rule}.jurisdictionPath`, `${rule}.technologyPath`];
  const underRules = [...paths].flatMap((path) =>
    ruleLists.filter((list) => path.startsWith(`${list}.`)).map((list) => path.slice(list.length + 1)),
  );
  return {
    excluded: any(`${coverage}excluded`, `${coverage}excludedCount`, `${coverage}excludedByReason`, summary),
    paths: any(summary, ...ruleLists.flatMap(pathsOf)),
    details:
      any(`${coverage}sources`) ||
      underRules.some((field) => !LEAN_RULE_FIELDS.has(field) && !/^(jurisdiction|technology)Path(\.|$)/.test(field)),
  };
}

/** A rule's details, which its row carries only when explanationFor asked for them. */
export function detail<K extends keyof RuleDetails>(rule: RuleDetails, field: K): RuleDetails[K] {
  const value = rule[field];
  if (value === undefined) throw new Error(`Rule.${field} was selected but not read (explanationFor)`);
  return value;
}

interface CoverageArgs {
  jurisdiction: string;
  technology: string;
  activity: Activity;
  actor: ActorClass;
  asOf?: string | null;
}

interface MatrixArgs {
  jurisdictions?: string[] | null;
  technologies?: string[] | null;
  region?: string | null;
  levels?: string[] | null;
  technologyFamily?: string | null;
  activity: Activity;
  actor: ActorClass;
  asOf?: string | null;
}

export const coverageResolvers = {
  Query: {
    coverage: async (_: unknown, args: CoverageArgs, context: Context, info: GraphQLResolveInfo) => {
      const asOf = args.asOf ?? today();
      // Side by side: the ids are checked (the entity loader reads both in one round trip) while the cell
      // is explained; an unknown id explains as no rule, and its error is what the request answers.
      const [cells] = await Promise.all([
        coverageCells(
          context.graph,
          {
            jurisdictions: [args.jurisdiction],
            technologies: [args.technology],
            activity: args.activity,
            actor: args.actor,
            asOf,
          },
          explanationFor(info, ''),
        ),
        requireIds(context, [args.jurisdiction], 'Jurisdiction', 'jurisdiction'),
        requireIds(context, [args.technology], 'Technology', 'technology'),
      ]);
      const cell = cells.get(cellKey(args.jurisdiction, args.technology));
      if (!cell) throw new Error('coverage returned no cell');
      return coverageOut(context, cell, args.activity, args.actor, asOf);
    },

    coverageMatrix: async (_: unknown, args: MatrixArgs, context: Context) => {
      await Promise.all([
        args.jurisdictions && requireIds(context, args.jurisdictions, 'Jurisdiction', 'jurisdictions'),
        args.technologies && requireIds(context, args.technologies, 'Technology', 'technologies'),
        args.technologyFamily && requireIds(context, [args.technologyFamily], 'Technology', 'technologyFamily'),
      ]);
      const asOf = args.asOf ?? today();
      const jurisdictions = await listJurisdictions(context.graph, {
        ids: args.jurisdictions ?? null,
        region: args.region ?? null,
        levels: args.levels ?? (args.jurisdictions ? null : ['national', 'supranational']),
      });
      let technologies = await listTechnologies(context.graph, args.technologyFamily ?? null);
      if (args.technologies) technologies = technologies.filter((t) => args.technologies?.includes(t.id));
      const size = jurisdictions.length * technologies.length;
      if (size > MAX_MATRIX_CELLS) {
        throw userError(
          `The matrix would have ${size} cells; narrow it to at most ${MAX_MATRIX_CELLS} (filter by region, level or technology family).`,
        );
      }
      const grid = await levelGrid(context.graph, {
        jurisdictions: jurisdictions.map((j) => j.id),
        technologies: technologies.map((t) => t.id),
        activity: args.activity,
        actor: args.actor,
        asOf,
      });
      return {
        activity: args.activity,
        actor: args.actor,
        asOf,
        jurisdictions: jurisdictions.map((j) => ({ ...j.props, id: j.id, parent: j.parent ?? null })),
        technologies: technologies.map((t) => ({ ...t.props, id: t.id, parents: t.parents ?? [] })),
        cells: Array.from({ length: grid.size }, (_, k) => {
          const c = grid.row(k);
          return {
            jurisdiction: c.jurisdiction,
            technology: c.technology,
            level: c.level,
            strongestMode: c.strongestMode,
            rules: c.applying,
          };
        }),
      };
    },

    complianceCheck: async (
      _: unknown,
      args: { footprint: FootprintItem[]; asOf?: string | null },
      context: Context,
      info: GraphQLResolveInfo,
    ) => {
      if (args.footprint.length === 0)
        throw userError('The footprint is empty: add at least one (jurisdiction, technology, activity).');
      if (args.footprint.length > MAX_FOOTPRINT)
        throw userError(`A footprint may have at most ${MAX_FOOTPRINT} items (got ${args.footprint.length}).`);
      await Promise.all([
        requireIds(
          context,
          args.footprint.map((i) => i.jurisdiction),
          'Jurisdiction',
          'footprint.jurisdiction',
        ),
        requireIds(
          context,
          args.footprint.map((i) => i.technology),
          'Technology',
          'footprint.technology',
        ),
      ]);
      const asOf = args.asOf ?? today();
      const ids = [...new Set(args.footprint.flatMap((i) => [i.jurisdiction, i.technology]))];
      const nodes = await Promise.all(ids.map((id) => loadNode(context, id)));
      const names = new Map(ids.map((id, k) => [id, String(nodes[k]?.name ?? id)]));
      const name = (id: string) => names.get(id) ?? id;
      const explain = explanationFor(info, 'items.coverage.', ['strictest.rules']);
      const result = await complianceCheck(context.graph, args.footprint, asOf, name, explain);
      const items = await Promise.all(
        result.cells.map(async (cell, index) => {
          const item = args.footprint[index];
          if (!item) throw new Error('footprint item missing');
          return { index, coverage: await coverageOut(context, cell, item.activity, item.actor, asOf) };
        }),
      );
      const count = (level: CoverageLevel) => result.cells.filter((c) => c.level === level).length;
      const counts = Object.fromEntries(COVERAGE_LEVELS.map((l) => [l, count(l)])) as Record<CoverageLevel, number>;
      return {
        asOf,
        items,
        conflicts: await Promise.all(
          result.conflicts.map(async (c) => ({ ...c, technology: await refOf(context, c.technology) })),
        ),
        strictest: await Promise.all(
          result.strictest.map(async (s) => ({
            ...s,
            technology: await refOf(context, s.technology),
          })),
        ),
        softOnly: result.softOnly,
        uncovered: result.uncovered,
        summary: {
          items: args.footprint.length,
          ...counts,
          conflicts: result.conflicts.length,
          text:
            `${args.footprint.length} item${args.footprint.length > 1 ? 's' : ''} checked on ${asOf}: ${counts.prohibited} prohibited, ${counts.specific} with specific rules, ` +
            `${counts.general} with general law only, ${counts.soft} with soft law only, ${counts.none} with no rule; ${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}.`,
        },
      };
    },

    jurisdictions: async (_: unknown, { filter }: { filter?: JurisdictionFilter | null }, context: Context) =>
      (await listJurisdictions(context.graph, filter ?? {})).map((row) => toNode(row)),
    technologies: async (_: unknown, { family }: { family?: string | null }, context: Context) => {
      if (family) await requireIds(context, [family], 'Technology', 'family');
      return (await listTechnologies(context.graph, family ?? null)).map((row) => toNode(row));
    },
    instruments: async (
      _: unknown,
      { filter, first }: { filter?: InstrumentFilter | null; first: number },
      context: Context,
    ) => (await listInstruments(context.graph, filter ?? {}, pageSize(first, 100, 1000))).map((row) => toNode(row)),
  },
  Coverage: {
    sources: (c: { applicable: RuleDetails[] }, _: unknown, context: Context) =>
      loadSources(context, [...new Set(c.applicable.flatMap((r) => detail(r, 'sources')))]),
  },
  // Rule rows are the engine's own (a compliance check lists thousands): fields named otherwise in the
  // schema are resolved here rather than by copying each row.
  Rule: {
    excludedBecause: (r: RuleRow) => r.reason,
    jurisdictionPath: (r: RuleRow) => r.jpath,
    technologyPath: (r: RuleRow) => r.tpath,
    activities: (r: RuleDetails) => detail(r, 'activities'),
    actorsCovered: (r: RuleDetails) => detail(r, 'actorsCovered'),
    condition: (r: RuleDetails) => detail(r, 'condition'),
    from: (r: RuleDetails) => detail(r, 'from'),
    until: (r: RuleDetails) => detail(r, 'until'),
    sources: (r: RuleDetails, _: unknown, context: Context) => loadSources(context, detail(r, 'sources')),
  },
};
