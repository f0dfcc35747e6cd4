/** The gap list as CSV or JSON, exactly as filtered and weighted on screen (all pages). */
import { request } from '../../api/client';
import { toCsv } from '../../components/download';
import { GapsDocument, type GapFilter, type GapWeightsInput, type GapsQuery } from '../../generated/graphql';

export type GapNode = GapsQuery['gaps']['edges'][number]['node'];

const PAGE = 200;
const CAP = 10_000;

export async function fetchAllGaps(filter: GapFilter, weights: GapWeightsInput): Promise<GapNode[]> {
  const all: GapNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await request(GapsDocument, { filter, weights, first: PAGE, after });
    all.push(...page.gaps.edges.map((e) => e.node));
    if (!page.gaps.pageInfo.hasNextPage || !page.gaps.pageInfo.endCursor || all.length >= CAP) return all;
    after = page.gaps.pageInfo.endCursor;
  }
}

const FACTORS = ['risk', 'evidence', 'governance', 'vulnerability', 'absence'];

export function gapsCsv(gaps: readonly GapNode[]): string {
  const header = [
    'rank',
    'score',
    'kind',
    'jurisdiction_id',
    'jurisdiction',
    'technology_id',
    'technology',
    'activity',
    'level',
    'required_level',
    'obligation_id',
    ...FACTORS.flatMap((f) => [`${f}_value`, `${f}_weight`]),
    'explanation',
  ];
  const rows = gaps.map((gap, index) => {
    const factor = (name: string) => gap.factors.find((f) => f.name === name);
    return [
      index + 1,
      gap.score,
      gap.kind,
      gap.jurisdiction.id,
      gap.jurisdiction.name,
      gap.technology.id,
      gap.technology.name,
      gap.activity,
      gap.level,
      gap.requiredLevel,
      gap.obligation?.id,
      ...FACTORS.flatMap((f) => [factor(f)?.value, factor(f)?.weight]),
      gap.explanation,
    ];
  });
  return toCsv(header, rows);
}

export function gapsJson(gaps: readonly GapNode[], filter: GapFilter, weights: GapWeightsInput): string {
  return JSON.stringify({ filter, weights, count: gaps.length, gaps }, null, 2);
}
