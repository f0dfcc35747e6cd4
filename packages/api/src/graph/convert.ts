/**
 * The one boundary where Neo4j values become plain JSON values and back: integers become numbers
 * (ids and counts here stay far below 2^53), temporals become ISO strings, IsoDate becomes DATE.
 */
import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship, type Integer } from 'neo4j-driver';
import { IsoDate } from '../seed/validate.js';

export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value as object)) return (value as Integer).toNumber();
  if (isDate(value as object) || isDateTime(value as object)) return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (isNode(value as object)) return fromNeo4j((value as { properties: object }).properties);
  if (isRelationship(value as object)) return fromNeo4j((value as { properties: object }).properties);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

export function toNeo4j(value: unknown): unknown {
  if (value instanceof IsoDate) {
    const [y, m, d] = value.value.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  }
  // Whole numbers travel as Neo4j integers (LIMIT, SKIP and integer properties need them).
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object' && !neo4j.isInt(value) && !neo4j.isDate(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4j(v);
    return out;
  }
  return value;
}
