/**
 * The one validation door for graph data (seed files and bulk imports): checks raw blocks against the
 * ontology and returns typed rows for the loader, or every problem found. Nothing is written here.
 */
import {
  EDGE_PROVENANCE,
  ENUMS,
  NODES,
  RELATIONSHIPS,
  type NodeLabel,
  type PropertyDef,
  type RelationshipDef,
} from '@lacuna/model';
import type { Location, Problem, RawBlock } from './read.js';

/** A calendar date, kept apart from strings so the database boundary can store it as a Neo4j DATE. */
export class IsoDate {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type PropertyValue = string | number | boolean | IsoDate | string[];

export interface NodeRow {
  label: NodeLabel;
  id: string;
  props: Record<string, PropertyValue>;
}

export interface EdgeRow {
  type: string;
  from: string;
  to: string;
  /** Deterministic identity of the edge, so that loading twice merges instead of duplicating. */
  key: string;
  props: Record<string, PropertyValue>;
}

export interface ValidatedGraph {
  nodes: NodeRow[];
  edges: EdgeRow[];
  problems: Problem[];
}

const SOURCES_PROPERTY: PropertyDef = { type: { kind: 'stringList' }, description: 'Source ids.' };
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in UTC, YYYY-MM-DD: the default `asOf` of every query and the date stored levels are for. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function parseIsoDate(text: string): IsoDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? new IsoDate(text) : undefined;
}

/** Checks one value against its property type; returns the typed value or an error message. */
export function checkValue(def: PropertyDef, value: unknown): { value: PropertyValue } | { error: string } {
  const t = def.type;
  switch (t.kind) {
    case 'string':
    case 'text':
      return typeof value === 'string' && value.trim() !== ''
        ? { value }
        : { error: `must be a non-empty string (got ${describe(value)}; quote it if it looks like a number)` };
    case 'url':
      return typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)
        ? { value }
        : { error: `must be an http(s) URL (got ${describe(value)})` };
    case 'date': {
      const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
      return date ? { value: date } : { error: `must be a real date written YYYY-MM-DD (got ${describe(value)})` };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: `must be true or false (got ${describe(value)})` };
    case 'int':
      return Number.isInteger(value) && (value as number) >= t.min && (value as number) <= t.max
        ? { value: value as number }
        : { error: `must be a whole number from ${t.min} to ${t.max} (got ${describe(value)})` };
    case 'enum': {
      const allowed: readonly string[] = ENUMS[t.of];
      return typeof value === 'string' && allowed.includes(value)
        ? { value }
        : { error: `unknown ${t.of} ${describe(value)}; expected one of ${allowed.join(', ')}` };
    }
    case 'enumList': {
      const allowed: readonly string[] = ENUMS[t.of];
      if (!Array.isArray(value) || value.length === 0) return { error: `must be a non-empty list of ${t.of}` };
      const bad = value.filter((v) => typeof v !== 'string' || !allowed.includes(v));
      if (bad.length > 0)
        return { error: `unknown ${t.of} ${bad.map(describe).join(', ')}; expected one of ${allowed.join(', ')}` };
      if (new Set(value).size !== value.length) return { error: 'lists a value twice' };
      return { value: value as string[] };
    }
    case 'stringList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')
        ? { value: value as string[] }
        : { error: 'must be a list of non-empty strings' };
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `a YAML timestamp (${value.toISOString()})`;
  return JSON.stringify(value) ?? String(value);
}

/** Relationship definitions written in blocks of `label`, by seed key. */
function seedKeysOf(label: NodeLabel): Map<string, RelationshipDef> {
  const keys = new Map<string, RelationshipDef>();
  for (const rel of RELATIONSHIPS) {
    const holder = rel.seedOn === 'to' ? rel.to : [rel.from];
    if (holder.includes(label)) keys.set(rel.seedKey, rel);
  }
  return keys;
}

interface PendingEdge {
  rel: RelationshipDef;
  /** The id written in the block, and which end it is. */
  other: string;
  self: string;
  props: Record<string, PropertyValue>;
  where: Location;
  field: string;
}

export function validateBlocks(blocks: RawBlock[]): ValidatedGraph {
  const problems: Problem[] = [];
  const nodes: NodeRow[] = [];
  const pending: PendingEdge[] = [];
  const byId = new Map<string, { label: NodeLabel; where: Location }>();
  const citations: { source: string; where: Location; field: string }[] = [];

  for (const block of blocks) {
    const report = (path: (string | number)[], field: string, message: string) =>
      problems.push({ ...block.at(path), field, message });
    const def = NODES[block.label];
    const rawId = block.data.id;
    if (typeof rawId !== 'string' || !ID_PATTERN.test(rawId)) {
      report(['id'], 'id', `every ${block.label} needs an id of letters, digits, _ . : - (got ${describe(rawId)})`);
      continue;
    }
    const id = rawId;
    const previous = byId.get(id);
    if (previous) {
      report(
        ['id'],
        `${id}.id`,
        `duplicate id; already used by a ${previous.label} at ${previous.where.file}:${previous.where.line}`,
      );
      continue;
    }
    byId.set(id, { label: block.label, where: block.at([]) });

    const relKeys = seedKeysOf(block.label);
    const props: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(block.data)) {
      if (key === 'sources' || relKeys.has(key)) continue;
      const propDef = def.properties[key];
      if (propDef?.derived) {
        report(
          [key],
          `${id}.${key}`,
          `${key} is computed by the loader (${propDef.description}); remove it from the seed`,
        );
        continue;
      }
      if (!propDef) {
        const known = [...Object.keys(def.properties), 'sources', ...relKeys.keys()].join(', ');
        report([key], `${id}.${key}`, `unknown field for a ${block.label}; known fields: ${known}`);
        continue;
      }
      const checked = checkValue(propDef, value);
      if ('error' in checked) report([key], `${id}.${key}`, checked.error);
      else props[key] = checked.value;
    }
    for (const [key, propDef] of Object.entries(def.properties)) {
      if (propDef.required && !propDef.derived && block.data[key] === undefined)
        report([], `${id}.${key}`, `required field is missing (${propDef.description})`);
    }
    checkDateOrder(
      props,
      [
        ['adopted', 'inForce'],
        ['inForce', 'repealed'],
      ],
      (a, b) => report([b], `${id}.${b}`, `${b} (${String(props[b])}) is before ${a} (${String(props[a])})`),
    );

    let sources: string[] = [];
    if (block.data.sources !== undefined) {
      const checked = checkValue(SOURCES_PROPERTY, block.data.sources);
      if ('error' in checked) report(['sources'], `${id}.sources`, checked.error);
      else sources = checked.value as string[];
    }
    if (def.needsSource && sources.length === 0) {
      report(
        ['sources'],
        `${id}.sources`,
        'no source: every fact needs at least one Source id (see data/seed/sources)',
      );
    }
    sources.forEach((source, i) => citations.push({ source, where: block.at(['sources', i]), field: `${id}.sources` }));
    if (sources.length > 0) props.sourceIds = sources;
    nodes.push({ label: block.label, id, props });

    for (const [key, rel] of relKeys) {
      const value = block.data[key];
      if (value === undefined) continue;
      const items = rel.cardinality === 'one' ? [value] : value;
      if (!Array.isArray(items)) {
        report(
          [key],
          `${id}.${key}`,
          `must be a list (write [id] or a list of - ${rel.seedOn === 'to' ? 'from' : 'to'}: id)`,
        );
        continue;
      }
      items.forEach((item: unknown, index: number) => {
        const path = rel.cardinality === 'one' ? [key] : [key, index];
        const field = rel.cardinality === 'one' ? `${id}.${key}` : `${id}.${key}[${index}]`;
        const edge = readEdge(rel, item, sources, (p, m) =>
          report([...path, ...p], p.length ? `${field}.${p.join('.')}` : field, m),
        );
        if (edge) pending.push({ rel, other: edge.other, self: id, props: edge.props, where: block.at(path), field });
        (edge?.sources ?? []).forEach((source) => citations.push({ source, where: block.at(path), field }));
      });
    }
  }

  for (const { source, where, field } of citations) {
    const target = byId.get(source);
    if (!target)
      problems.push({
        ...where,
        field,
        message: `unknown source ${JSON.stringify(source)}; add it to data/seed/sources`,
      });
    else if (target.label !== 'Source')
      problems.push({ ...where, field, message: `${source} is a ${target.label}, not a Source` });
  }

  const edges: EdgeRow[] = [];
  const seen = new Map<string, number>();
  for (const edge of pending) {
    const target = byId.get(edge.other);
    const allowed = edge.rel.seedOn === 'to' ? [edge.rel.from] : edge.rel.to;
    if (!target) {
      problems.push({
        ...edge.where,
        field: edge.field,
        message: `unknown id ${JSON.stringify(edge.other)} (expected a ${allowed.join(' or ')})`,
      });
      continue;
    }
    if (!allowed.includes(target.label)) {
      problems.push({
        ...edge.where,
        field: edge.field,
        message: `${edge.other} is a ${target.label}; ${edge.rel.type} needs a ${allowed.join(' or ')}`,
      });
      continue;
    }
    const [from, to] = edge.rel.seedOn === 'to' ? [edge.other, edge.self] : [edge.self, edge.other];
    const base = `${from}|${edge.rel.type}|${to}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    edges.push({ type: edge.rel.type, from, to, key: n === 0 ? base : `${base}|${n}`, props: edge.props });
  }

  for (const type of ['SUBTYPE_OF', 'PART_OF']) {
    const cycle = findCycle(edges.filter((e) => e.type === type));
    if (cycle) {
      const [first = ''] = cycle;
      const where = byId.get(first)?.where ?? { file: '(seed)', line: 1, column: 1 };
      problems.push({ ...where, field: `${first}.${type}`, message: `${type} forms a cycle: ${cycle.join(' → ')}` });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { nodes, edges, problems };
}

function readEdge(
  rel: RelationshipDef,
  item: unknown,
  inherited: string[],
  report: (path: string[], message: string) => void,
): { other: string; props: Record<string, PropertyValue>; sources: string[] } | undefined {
  const end = rel.seedOn === 'to' ? 'from' : 'to';
  if (typeof item === 'string') {
    const required = Object.entries(rel.properties)
      .filter(([, d]) => d.required)
      .map(([k]) => k);
    if (required.length > 0) {
      report([], `${rel.type} needs ${required.join(', ')}: write it as a mapping with ${end}: ${item}`);
      return undefined;
    }
    return { other: item, props: inherited.length ? { sourceIds: inherited } : {}, sources: [] };
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    report([], `must be an id or a mapping with ${end}: <id>`);
    return undefined;
  }
  const data = item as Record<string, unknown>;
  const other = data[end];
  if (typeof other !== 'string') {
    report([], `needs ${end}: <id>`);
    return undefined;
  }
  const props: Record<string, PropertyValue> = {};
  let ok = true;
  for (const [key, value] of Object.entries(data)) {
    if (key === end) continue;
    const def = rel.properties[key] ?? EDGE_PROVENANCE[key];
    if (!def) {
      const known = [end, ...Object.keys(rel.properties), ...Object.keys(EDGE_PROVENANCE)].join(', ');
      report([key], `unknown field for ${rel.type}; known fields: ${known}`);
      ok = false;
      continue;
    }
    const checked = checkValue(def, value);
    if ('error' in checked) {
      report([key], checked.error);
      ok = false;
    } else props[key === 'sources' ? 'sourceIds' : key] = checked.value;
  }
  for (const [key, def] of Object.entries(rel.properties)) {
    if (def.required && data[key] === undefined) {
      report([], `${rel.type} needs ${key} (${def.description})`);
      ok = false;
    }
  }
  checkDateOrder(
    props,
    [
      ['since', 'until'],
      ['from', 'until'],
    ],
    (a, b) => {
      report([b], `${b} (${String(props[b])}) is not after ${a} (${String(props[a])})`);
      ok = false;
    },
  );
  const own = (props.sourceIds as string[] | undefined) ?? [];
  if (own.length === 0 && inherited.length > 0) props.sourceIds = inherited;
  return ok ? { other, props, sources: own } : undefined;
}

function checkDateOrder(
  props: Record<string, PropertyValue>,
  pairs: [string, string][],
  fail: (a: string, b: string) => void,
): void {
  for (const [a, b] of pairs) {
    const x = props[a];
    const y = props[b];
    if (x instanceof IsoDate && y instanceof IsoDate && y.value < x.value) fail(a, b);
    if (x instanceof IsoDate && y instanceof IsoDate && y.value === x.value && b === 'until') fail(a, b);
  }
}

function findCycle(edges: EdgeRow[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of next.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
