/** Input checks shared by resolvers: each failure is a GraphQL error with code BAD_USER_INPUT and a plain message. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { NodeLabel } from '@lacuna/model';
import { parseIsoDate } from '../seed/validate.js';
import type { Context } from './context.js';

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: (value) => checkDate(value),
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function checkDate(value: unknown): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (!date)
    throw userError(`Invalid date ${JSON.stringify(value)}: write a real date as YYYY-MM-DD, e.g. 2025-06-01.`);
  return date.value;
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any property value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

export { todayUtc as today } from '../seed/validate.js';

/** `first` within 1..max, with a clear error instead of silently clamping. */
export function pageSize(first: number | null | undefined, fallback: number, max: number, field = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw userError(`${field} must be between 1 and ${max} (got ${value}).`, { max });
  }
  return value;
}

/** Checks that every id exists with the expected label; reports all unknown ids at once. */
export async function requireIds(
  context: Context,
  ids: readonly string[],
  label: NodeLabel,
  field: string,
): Promise<void> {
  const rows = await context.loaders.entities.loadMany([...new Set(ids)]);
  const unknown = [...new Set(ids)].filter((id, i) => {
    const row = rows[i];
    return !row || row instanceof Error || row.label !== label;
  });
  if (unknown.length > 0) {
    throw userError(
      `Unknown ${label.toLowerCase()} id${unknown.length > 1 ? 's' : ''} in ${field}: ${unknown.map((u) => JSON.stringify(u)).join(', ')}.`,
      {
        field,
        unknown,
      },
    );
  }
}
