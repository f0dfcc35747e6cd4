/**
 * Validated rows as the CSV files `neo4j-admin database import` reads: one file per node label and one per
 * relationship type, each with its header (`:ID`, or `:START_ID` and `:END_ID`, then the properties with
 * their types). The properties are exactly those the loader writes (`nodeProperties`, `edgeProperties`).
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@lacuna/model';
import { edgeProperties, nodeProperties } from '../../packages/api/src/seed/load.js';
import { IsoDate, type EdgeRow, type NodeRow, type PropertyValue } from '../../packages/api/src/seed/validate.js';

/** Between the elements of a list in one field: a control character (a list item holding it is refused). */
export const ARRAY_DELIMITER = '\u001f';

type Kind = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]';

export class ImportInputError extends Error {}

function kindOf(value: PropertyValue): Kind {
  if (value instanceof IsoDate) return 'date';
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string';
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function field(value: PropertyValue, kind: Kind, where: () => string): string {
  if (kind === 'string[]') {
    const list = value as string[];
    // The import reads an empty field as no property, where the loader stores an empty list.
    if (list.length === 0) throw new ImportInputError(`${where()} is an empty list, which the import cannot store`);
    for (const item of list)
      if (item.includes(ARRAY_DELIMITER)) throw new ImportInputError(`${where()} holds a control character (U+001F)`);
    return quote(list.join(ARRAY_DELIMITER));
  }
  if (kind === 'string') return quote(value as string);
  return String(value);
}

/** A group's columns: every property name its rows carry, sorted, with the one type all its values have. */
function columnsOf(rows: Record<string, PropertyValue>[], what: string): [string, Kind][] {
  const kinds = new Map<string, Kind>();
  for (const props of rows)
    for (const [name, value] of Object.entries(props)) {
      const kind = kindOf(value);
      const known = kinds.get(name);
      if (known === undefined) kinds.set(name, kind);
      else if (known !== kind) {
        // Whole and fractional numbers of one property are all written as doubles.
        const numbers = new Set([known, kind]);
        if (numbers.size === 2 && numbers.has('long') && numbers.has('double')) kinds.set(name, 'double');
        else throw new ImportInputError(`${what} property ${name} holds both ${known} and ${kind} values`);
      }
    }
  return [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

async function writeCsv(path: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {}); // awaited below where it matters; a row's error may come first
  try {
    let chunk = `${header}\n`;
    for (const line of lines) {
      chunk += `${line}\n`;
      if (chunk.length < 1 << 20) continue;
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
      chunk = '';
    }
    out.end(chunk);
    await Promise.race([once(out, 'finish'), failed]);
  } catch (error) {
    out.destroy();
    await once(out, 'close');
    throw error;
  }
}

/** What the import is given: `--nodes=<labels>=<file>` and `--relationships=<type>=<file>` arguments. */
export interface ImportFiles {
  args: string[];
  nodes: number;
  relationships: number;
}

/** One CSV line: the leading fields given, then each column's value of `props` (empty where it has none). */
function line(lead: string, props: Record<string, PropertyValue>, columns: [string, Kind][], where: () => string) {
  let out = lead;
  for (const [name, kind] of columns) {
    const value = props[name];
    out += value === undefined ? ',' : `,${field(value, kind, () => `${where()}.${name}`)}`;
  }
  return out;
}

/**
 * Nodes are numbered in the order given (`:ID`, `--id-type=integer`; their `id` is an ordinary property),
 * and relationships name their ends by number: the tool then maps no string ids, and an end missing from
 * the rows is found here, before the tool runs.
 */
export async function writeImportFiles(dir: string, nodes: NodeRow[], edges: EdgeRow[]): Promise<ImportFiles> {
  // Labels and types name the files and the tool's arguments: only the ontology's.
  const known = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
  for (const name of new Set([...nodes.map((n) => n.label), ...edges.map((e) => e.type)]))
    if (!known.has(name)) throw new ImportInputError(`${JSON.stringify(name)} is not a label or type of the ontology`);
  const numberOf = new Map<string, number>();
  for (const n of nodes) {
    if (numberOf.has(n.id)) throw new ImportInputError(`${n.id} is given twice`);
    numberOf.set(n.id, numberOf.size);
  }
  const args: string[] = [];
  for (const [label, rows] of groupBy(nodes, (n) => n.label)) {
    const props = rows.map((n) => [n, nodeProperties(n)] as const);
    const columns = columnsOf(
      props.map(([, p]) => p),
      label,
    );
    const header = [':ID', ...columns.map(([name, kind]) => `${name}:${kind}`)].join(',');
    const lines = function* () {
      for (const [n, p] of props) yield line(String(numberOf.get(n.id)), p, columns, () => n.id);
    };
    const file = join(dir, `nodes-${label}.csv`);
    await writeCsv(file, header, lines());
    args.push(`--nodes=Entity:${label}=${file}`);
  }
  for (const [type, rows] of groupBy(edges, (e) => e.type)) {
    const props = rows.map((e) => [e, edgeProperties(e)] as const);
    const columns = columnsOf(
      props.map(([, p]) => p),
      type,
    );
    const header = [':START_ID', ':END_ID', ...columns.map(([name, kind]) => `${name}:${kind}`)].join(',');
    const lines = function* () {
      for (const [e, p] of props) {
        const from = numberOf.get(e.from);
        const to = numberOf.get(e.to);
        if (from === undefined || to === undefined)
          throw new ImportInputError(
            `${type} ${e.from} → ${e.to} (${e.key}) names ${from === undefined ? e.from : e.to}, which is not in the rows`,
          );
        yield line(`${from},${to}`, p, columns, () => `${type} ${e.from} → ${e.to} (${e.key})`);
      }
    };
    const file = join(dir, `relationships-${type}.csv`);
    await writeCsv(file, header, lines());
    args.push(`--relationships=${type}=${file}`);
  }
  return { args, nodes: nodes.length, relationships: edges.length };
}
