/** Search, the explorer's bounded neighbourhood, and what changed between two dates. */
import type { Graph } from '../graph/db.js';
import { IsoDate } from '../seed/validate.js';
import { cellKey, coverageCells } from './coverage.js';
import { cypher } from './cypher.js';
import { FULLTEXT_STOP_WORDS, foldLatin, searchKey, type Activity } from '@lacuna/model';

const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The user's words as the index's analyzer splits them (Unicode word boundaries, which Lucene's standard
 * tokenizer follows: "No. 108" is "no" and "108", "2016/679" is "2016" and "679"), less its stop words,
 * which are not in the index: a query requiring "no" or "of" would match nothing; accents folded as the
 * index folds them. Lucene special characters left inside a word are escaped; each word matches exactly
 * (boosted), by prefix, or fuzzily.
 */
export function luceneQuery(text: string): string | undefined {
  // Lower case: the analyzer folds case anyway, and AND/OR/NOT stop being operators.
  const terms = [...words.segment(text.normalize('NFKC').toLowerCase())]
    .filter((s) => s.isWordLike)
    .map((s) => foldLatin(s.segment))
    .filter((word) => !FULLTEXT_STOP_WORDS.has(word))
    .slice(0, 12);
  if (terms.length === 0) return undefined;
  const escape = (t: string) => t.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, (c) => `\\${c}`);
  return terms
    .map((raw) => {
      const t = escape(raw);
      return `(${t}^3 OR ${t}*${raw.length >= 4 ? ` OR ${t}~1` : ''})`;
    })
    .join(' AND ');
}

export interface SearchRow {
  id: string;
  label: string;
  name: string;
  nameFr: string | null;
  aliases: string[] | null;
  citation: string | null;
  score: number;
}

/** Hits read from the index at first, and how much more each further read takes (search.cypher). */
export const SEARCH_PROBE = { first: 1000, growth: 10 };

export async function search(graph: Graph, text: string, labels: string[] | null, first: number, probe = SEARCH_PROBE) {
  const query = luceneQuery(text);
  if (!query) return [];
  let hits: SearchRow[] = [];
  // The whole text as one exact key (search-keys.ts), quoted: the keyword analyzer takes it as one term.
  const key = `"${searchKey(text).replace(/["\\]/g, (c) => `\\${c}`)}"`;
  for (let read = Math.max(probe.first, first); ; read *= probe.growth) {
    const [row] = await graph.read(cypher('search'), { query, key, labels, first, probe: read }, { name: 'search' });
    hits = (row?.hits ?? []) as SearchRow[];
    if (!row || row.exact) break;
  }
  const needle = searchKey(text);
  return hits.map((row) => {
    const fields = [row.name, row.nameFr, ...(row.aliases ?? []), row.citation].filter((f): f is string => !!f);
    const matched = fields.find((f) => searchKey(f).includes(needle)) ?? null;
    return { ...row, matched };
  });
}

export interface GraphNode {
  id: string;
  label: string;
  name: string;
  nameFr: string | null;
  depth: number;
}

export async function neighbourhood(graph: Graph, id: string, depth: number, labels: string[] | null, limit: number) {
  const centre = await graph.read(
    'MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .nameFr, label: [l IN labels(n) WHERE l <> "Entity"][0]} AS node',
    { id },
    { name: 'neighbourhood.centre' },
  );
  const first = centre[0]?.node as Omit<GraphNode, 'depth'> | undefined;
  if (!first) return undefined;
  const nodes = new Map<string, GraphNode>([[id, { ...first, depth: 0 }]]);
  const edges = new Map<string, { id: string; type: string; source: string; target: string }>();
  let frontier = [id];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const budget = limit * 4;
    const rows = await graph.read(
      cypher('expand'),
      { frontier, labels, limit: budget },
      { name: 'neighbourhood.expand' },
    );
    if (rows.length >= budget || rows.some((row) => row.clipped === true)) truncated = true;
    const next: string[] = [];
    for (const row of rows) {
      const other = row.other as Omit<GraphNode, 'depth'>;
      if (!nodes.has(other.id)) {
        if (nodes.size >= limit) {
          truncated = true;
          continue;
        }
        nodes.set(other.id, { ...other, depth: level });
        next.push(other.id);
      }
      const key = String(row.key);
      edges.set(key, { id: key, type: String(row.type), source: String(row.source), target: String(row.target) });
    }
    frontier = next;
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)),
    truncated,
  };
}

export async function changes(
  graph: Graph,
  from: string,
  to: string,
  activity: Activity,
  technologies: string[] | null,
  jurisdictions: string[],
) {
  const rows = await graph.read(
    cypher('changes'),
    { from: new IsoDate(from), to: new IsoDate(to) },
    { name: 'changes' },
  );
  const affected = new Set<string>(technologies ?? []);
  if (!technologies) {
    for (const row of rows) {
      const t = row.technology as { id: string } | null;
      if (t) affected.add(t.id);
    }
    const instruments = rows.map((r) => (r.instrument as { id: string } | null)?.id).filter((x): x is string => !!x);
    const regulated = await graph.read(
      'MATCH (i:Instrument)-[:REGULATES]->(t:Technology) WHERE i.id IN $ids RETURN DISTINCT t.id AS id',
      { ids: instruments },
      { name: 'changes.technologies' },
    );
    for (const r of regulated) affected.add(String(r.id));
  }
  const techs = [...affected];
  const cells: { jurisdiction: string; technology: string; before: string; after: string }[] = [];
  if (techs.length > 0 && jurisdictions.length > 0) {
    const query = { jurisdictions, technologies: techs, activity, actor: 'all' as const };
    const [before, after] = await Promise.all([
      coverageCells(graph, { ...query, asOf: from }, false),
      coverageCells(graph, { ...query, asOf: to }, false),
    ]);
    for (const j of jurisdictions) {
      for (const t of techs) {
        const a = before.get(cellKey(j, t))?.level ?? 'none';
        const b = after.get(cellKey(j, t))?.level ?? 'none';
        if (a !== b) cells.push({ jurisdiction: j, technology: t, before: a, after: b });
      }
    }
  }
  return { rows, cells };
}
