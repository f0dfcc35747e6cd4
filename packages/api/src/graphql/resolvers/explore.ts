/** search, neighbourhood and changes. */
import type { Activity } from '@lacuna/model';
import { listJurisdictions } from '../../engine/catalog.js';
import { changes, neighbourhood, search } from '../../engine/explore.js';
import type { Context } from '../context.js';
import { pageSize, requireIds, userError } from '../inputs.js';
import { loadNode } from './nodes.js';

export const MAX_NEIGHBOURHOOD = 2000;

export const exploreResolvers = {
  Query: {
    search: async (_: unknown, args: { text: string; labels?: string[] | null; first: number }, context: Context) => {
      if (args.text.length > 200) throw userError('Search text is limited to 200 characters.');
      return search(context.graph, args.text, args.labels ?? null, pageSize(args.first, 20, 100));
    },
    neighbourhood: async (
      _: unknown,
      args: { id: string; depth: number; labels?: string[] | null; limit: number },
      context: Context,
    ) => {
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > 3)
        throw userError(`depth must be 1, 2 or 3 (got ${args.depth}).`);
      const limit = pageSize(args.limit, 200, MAX_NEIGHBOURHOOD, 'limit');
      const result = await neighbourhood(context.graph, args.id, args.depth, args.labels ?? null, limit);
      if (!result) throw userError(`Unknown id ${JSON.stringify(args.id)}.`, { field: 'id' });
      return result;
    },
    changes: async (
      _: unknown,
      args: { from: string; to: string; activity: Activity; technologies?: string[] | null },
      context: Context,
    ) => {
      if (args.from >= args.to) throw userError(`from (${args.from}) must be before to (${args.to}).`);
      if (args.technologies) await requireIds(context, args.technologies, 'Technology', 'technologies');
      const jurisdictions = (await listJurisdictions(context.graph, { levels: ['national', 'supranational'] })).map(
        (j) => j.id,
      );
      const { rows, cells } = await changes(
        context.graph,
        args.from,
        args.to,
        args.activity,
        args.technologies ?? null,
        jurisdictions,
      );
      const ref = async (id: string) => {
        const node = await loadNode(context, id);
        return { id, label: node?.label ?? 'Entity', name: String(node?.name ?? id), nameFr: node?.nameFr ?? null };
      };
      return {
        from: args.from,
        to: args.to,
        enteredIntoForce: rows
          .filter((r) => r.kind === 'inForce')
          .map((r) => ({ instrument: r.instrument, date: r.date })),
        repealed: rows.filter((r) => r.kind === 'repealed').map((r) => ({ instrument: r.instrument, date: r.date })),
        provisions: rows.filter((r) => r.kind === 'provision'),
        memberships: rows.filter((r) => r.kind === 'membership'),
        cells: await Promise.all(
          cells.map(async (c) => ({
            ...c,
            activity: args.activity,
            jurisdiction: await ref(c.jurisdiction),
            technology: await ref(c.technology),
          })),
        ),
      };
    },
  },
};
