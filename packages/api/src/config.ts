/** Runtime configuration, read once from the environment (documented in the README). */
export interface Config {
  neo4j: { uri: string; user: string; password: string; database: string };
  http: { host: string; port: number; corsOrigins: string[] };
  /** Transaction timeout applied to every query. */
  queryTimeoutMs: number;
  introspection: boolean;
  /** Show internal error details to clients (development only). */
  exposeErrors: boolean;
  /**
   * Store the new day's route levels after every midnight UTC (main.ts). On by default for the embedded
   * Neo4j (one API by construction), off with NEO4J_URI (several instances must not store at once).
   */
  deriveDaily: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, uri = env.NEO4J_URI): Config {
  if (!uri) throw new Error('NEO4J_URI is not set');
  const production = env.NODE_ENV === 'production';
  return {
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    },
    http: {
      host: env.HOST ?? '127.0.0.1',
      port: Number(env.PORT ?? 4000),
      corsOrigins: (env.LACUNA_CORS_ORIGINS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    queryTimeoutMs: Number(env.LACUNA_QUERY_TIMEOUT_MS ?? 10_000),
    introspection: env.LACUNA_INTROSPECTION ? env.LACUNA_INTROSPECTION === 'true' : !production,
    exposeErrors: !production && env.LACUNA_EXPOSE_ERRORS === 'true',
    deriveDaily: env.LACUNA_DERIVE_DAILY ? env.LACUNA_DERIVE_DAILY === 'true' : !env.NEO4J_URI,
  };
}
