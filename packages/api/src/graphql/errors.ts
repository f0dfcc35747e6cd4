/** Turns internal failures into errors a user understands, with a code, and no stack outside development. */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphError } from '../graph/db.js';

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  config: { exposeErrors: boolean; introspection: boolean },
): GraphQLFormattedError {
  const expose = config.exposeErrors;
  const original = unwrapResolverError(error);
  if (original instanceof GraphError) {
    if (original.code === 'INTERNAL') console.error(original.message, original.cause);
    const code =
      original.code === 'TIMEOUT'
        ? 'QUERY_TIMEOUT'
        : original.code === 'UNAVAILABLE'
          ? 'DATABASE_UNAVAILABLE'
          : 'INTERNAL_SERVER_ERROR';
    return { message: original.message, path: formatted.path, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' && !expose) {
    console.error(original);
    return { message: 'Internal error; it has been logged.', path: formatted.path, extensions: { code } };
  }
  // Without introspection, "Did you mean …?" would leak the schema field by field.
  if (!config.introspection && formatted.message.includes('Did you mean')) {
    return { ...formatted, message: formatted.message.replace(/ ?Did you mean .*$/, '') };
  }
  return formatted;
}
