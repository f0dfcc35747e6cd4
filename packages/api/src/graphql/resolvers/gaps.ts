/** gaps (ranked, paginated), obligationGaps, exportGaps, actorExposure. */
import type { Activity, ActorClass } from '@lacuna/model';
import { listJurisdictions, listTechnologies } from '../../engine/catalog.js';
import {
  actorExposure,
  allGaps,
  exportGaps,
  obligationGaps,
  completePage,
  type GapKind,
  type Ref,
} from '../../engine/gaps.js';
import { resolveWeights, type FactorName } from '../../engine/score.js';
import type { Context } from '../context.js';
import { pageSize, requireIds, today, userError } from '../inputs.js';
import { loadNode } from './nodes.js';

export const MAX_GAP_CELLS = 30_000;
const KINDS: GapKind[] = ['DEPLOYMENT', 'OBLIGATION', 'EXPORT', 'COVERAGE'];

interface GapFilter {
  kinds?: GapKind[] | null;
  jurisdictions?: string[] | null;
  region?: string | null;
  technologies?: string[] | null;
  technologyFamily?: string | null;
  activity?: Activity | null;
  actor?: ActorClass | null;
  asOf?: string | null;
  minRisk?: number | null;
  levels?: string[] | null;
}

const toRef = (row: { id: string; label: string; props: Record<string, unknown> }): Ref => ({
  id: row.id,
  label: row.label,
  name: String(row.props.name ?? row.id),
  nameFr: (row.props.nameFr as string | undefined) ?? null,
});

const encodeCursor = (offset: number) => Buffer.from(`gap:${offset}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^gap:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw userError(`Invalid cursor ${JSON.stringify(cursor)}: use an endCursor returned by gaps.`);
  return Number(match[1]);
}

export const gapResolvers = {
  Query: {
    gaps: async (
      _: unknown,
      args: {
        filter?: GapFilter | null;
        weights?: Partial<Record<FactorName, number | null>> | null;
        first: number;
        after?: string | null;
      },
      context: Context,
    ) => {
      const filter = args.filter ?? {};
      const first = pageSize(args.first, 20, 200);
      const offset = decodeCursor(args.after);
      let weights;
      try {
        weights = resolveWeights(args.weights);
      } catch (error) {
        throw userError((error as Error).message);
      }
      await Promise.all([
        filter.jurisdictions && requireIds(context, filter.jurisdictions, 'Jurisdiction', 'filter.jurisdictions'),
        filter.technologies && requireIds(context, filter.technologies, 'Technology', 'filter.technologies'),
        filter.technologyFamily &&
          requireIds(context, [filter.technologyFamily], 'Technology', 'filter.technologyFamily'),
      ]);
      if (filter.minRisk !== null && filter.minRisk !== undefined && (filter.minRisk < 1 || filter.minRisk > 5))
        throw userError('minRisk must be between 1 and 5.');
      const [jurisdictionRows, familyTechnologies] = await Promise.all([
        listJurisdictions(context.graph, {
          ids: filter.jurisdictions ?? null,
          region: filter.region ?? null,
          levels: filter.levels ?? (filter.jurisdictions ? null : ['national', 'subnational', 'local']),
        }),
        listTechnologies(context.graph, filter.technologyFamily ?? null),
      ]);
      const jurisdictions = jurisdictionRows.map(toRef);
      let technologies = familyTechnologies;
      if (filter.technologies) technologies = technologies.filter((t) => filter.technologies?.includes(t.id));
      if (filter.minRisk) technologies = technologies.filter((t) => Number(t.props.riskLevel) >= (filter.minRisk ?? 1));
      technologies = technologies.filter((t) => t.props.protective !== true);
      if (jurisdictions.length * technologies.length > MAX_GAP_CELLS) {
        throw userError(
          `These filters span ${jurisdictions.length * technologies.length} cells; narrow them to at most ${MAX_GAP_CELLS}.`,
        );
      }
      const gaps = await allGaps(
        context.graph,
        {
          jurisdictions,
          technologies: technologies.map(toRef),
          activity: filter.activity ?? 'use',
          actor: filter.actor ?? 'all',
          asOf: filter.asOf ?? today(),
          weights,
        },
        new Set(filter.kinds?.length ? filter.kinds : KINDS),
      );
      const page = await completePage(context.graph, gaps.slice(offset, offset + first));
      return {
        edges: page.map((node, i) => ({ cursor: encodeCursor(offset + i + 1), node })),
        pageInfo: {
          hasNextPage: offset + first < gaps.length,
          endCursor: page.length ? encodeCursor(offset + page.length) : null,
        },
        totalCount: gaps.length,
        weights,
      };
    },

    obligationGaps: async (
      _: unknown,
      args: { jurisdiction?: string | null; obligation?: string | null; asOf?: string | null; first: number },
      context: Context,
    ) => {
      const first = pageSize(args.first, 100, 1000);
      if (args.jurisdiction) await requireIds(context, [args.jurisdiction], 'Jurisdiction', 'jurisdiction');
      if (args.obligation) await requireIds(context, [args.obligation], 'Obligation', 'obligation');
      const jurisdictions = args.jurisdiction
        ? [args.jurisdiction]
        : (await listJurisdictions(context.graph, { levels: ['national'] })).map((j) => j.id);
      return (await obligationGaps(context.graph, jurisdictions, args.obligation ?? null, args.asOf ?? today())).slice(
        0,
        first,
      );
    },

    exportGaps: async (
      _: unknown,
      args: { technology?: string | null; asOf?: string | null; first: number },
      context: Context,
    ) => {
      const first = pageSize(args.first, 100, 1000);
      if (args.technology) await requireIds(context, [args.technology], 'Technology', 'technology');
      return (await exportGaps(context.graph, args.technology ?? null, args.asOf ?? today())).slice(0, first);
    },

    actorExposure: async (_: unknown, args: { actor: string; asOf?: string | null }, context: Context) => {
      await requireIds(context, [args.actor], 'Actor', 'actor');
      const node = await loadNode(context, args.actor);
      const items = await actorExposure(context.graph, args.actor, args.asOf ?? today());
      const related = new Map<string, Ref>();
      for (const item of items) related.set(item.actor.id, item.actor);
      return {
        actor: { id: args.actor, label: 'Actor', name: String(node?.name ?? args.actor), nameFr: node?.nameFr ?? null },
        related: [...related.values()],
        items,
      };
    },
  },
};
