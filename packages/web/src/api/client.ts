/**
 * The dashboard's one door to the API: GraphQL over HTTP at /graphql, typed by the operations that
 * GraphQL Code Generator compiles from src/graphql against the schema.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** What went wrong, so a panel can say it plainly: the API is down, the query timed out, or it failed. */
export type ApiErrorKind = 'network' | 'timeout' | 'unavailable' | 'graphql' | 'http';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const printed = new WeakMap<object, string>();

export function queryText(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function kindOf(code: string | undefined): ApiErrorKind {
  if (code === 'QUERY_TIMEOUT') return 'timeout';
  if (code === 'DATABASE_UNAVAILABLE') return 'unavailable';
  return 'graphql';
}

export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: queryText(document as TypedDocumentNode<unknown, never>), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError((error as Error).message, 'network');
  }
  const body = (await response.json().catch(() => ({}))) as GraphqlBody<TData>;
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError(first.message, kindOf(code), code);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(`The API answered ${response.status}`, response.status >= 500 ? 'unavailable' : 'http');
  }
  return body.data;
}
