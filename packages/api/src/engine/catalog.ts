/** Lists of jurisdictions, technologies and instruments used by filters, the matrix and the map. */
import type { Graph } from '../graph/db.js';
import { cypher } from './cypher.js';

export interface JurisdictionFilter {
  ids?: string[] | null;
  region?: string | null;
  subregion?: string | null;
  levels?: string[] | null;
  partOf?: string | null;
}

export interface ListedEntity {
  id: string;
  label: string;
  props: Record<string, unknown>;
  parent?: string | null;
  parents?: string[];
}

export async function listJurisdictions(
  graph: Graph,
  filter: JurisdictionFilter = {},
  limit = 10_000,
): Promise<ListedEntity[]> {
  return (await graph.read(
    cypher('jurisdictions'),
    {
      ids: filter.ids ?? null,
      region: filter.region ?? null,
      subregion: filter.subregion ?? null,
      levels: filter.levels ?? null,
      partOf: filter.partOf ?? null,
      limit,
    },
    { name: 'jurisdictions' },
  )) as unknown as ListedEntity[];
}

export async function listTechnologies(graph: Graph, family: string | null = null): Promise<ListedEntity[]> {
  return (await graph.read(cypher('technologies'), { family }, { name: 'technologies' })) as unknown as ListedEntity[];
}

export interface InstrumentFilter {
  jurisdiction?: string | null;
  binding?: boolean | null;
  kinds?: string[] | null;
  technology?: string | null;
}

export async function listInstruments(graph: Graph, filter: InstrumentFilter, limit: number): Promise<ListedEntity[]> {
  return (await graph.read(
    cypher('instruments'),
    {
      jurisdiction: filter.jurisdiction ?? null,
      binding: filter.binding ?? null,
      kinds: filter.kinds ?? null,
      technology: filter.technology ?? null,
      limit,
    },
    { name: 'instruments' },
  )) as unknown as ListedEntity[];
}
