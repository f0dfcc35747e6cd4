/** A small GraphQL-over-HTTP client for tests: `data` fails the test on any GraphQL error. */
export interface GraphqlResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface GraphqlClient {
  raw<T>(query: string, variables?: object): Promise<GraphqlResponse<T>>;
  data<T>(query: string, variables?: object): Promise<T>;
}

export function graphqlClient(url: string): GraphqlClient {
  const raw = async <T>(query: string, variables?: object): Promise<GraphqlResponse<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphqlResponse<T>['body'] };
  };
  return {
    raw,
    data: async <T>(query: string, variables?: object) => {
      const { body } = await raw<T>(query, variables);
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
  };
}
