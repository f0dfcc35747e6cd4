/** The dashboard's one door to the API: GraphQL over HTTP, with an explicit result state. */
export type QueryState<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; message: string; code?: string };

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw Object.assign(new Error(first?.message ?? 'Request failed'), { code: first?.extensions?.code });
  }
  if (!response.ok || body.data === undefined) throw new Error(`The API answered ${response.status}`);
  return body.data;
}
