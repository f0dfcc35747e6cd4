/**
 * The HTTP server: GraphQL at /graphql (GET and POST), /healthz that checks Neo4j, and the built
 * dashboard, all on one port.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import type { Config } from './config.js';
import type { Graph } from './graph/db.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { resolvers } from './graphql/resolvers.js';
import { typeDefs } from './graphql/schema.js';

export const WEB_DIST = resolve(fileURLToPath(import.meta.url), '../../../web/dist');

export interface RunningServer {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export const LIMITS = { maxDepth: 8, maxAliases: 15, maxCost: 20_000, maxTokens: 2000, maxDirectives: 50 };

export async function startServer(config: Config, graph: Graph): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const http = (await import('node:http')).createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    // Token limits are enforced by the parser itself (parseOptions), which answers 400 like any syntax error.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
  });
  // Only Armor's validation rules are used: its Apollo plugins are typed against Apollo's CJS build.
  const { validationRules } = armor.protect();
  const apollo = new ApolloServer<Context>({
    typeDefs: typeDefs(),
    resolvers,
    introspection: config.introspection,
    // The process owner (scripts/start.ts, main.ts, tests) stops the server; Apollo must not race it.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    includeStacktraceInErrorResponses: config.exposeErrors,
    formatError: (formatted, error) => formatError(formatted, error, config),
    // No cache hints are used: Apollo's default cache-control plugin hooked every resolved field (a matrix
    // resolves 60,000) only to answer `no-store`, which the /graphql route now sets itself.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http }), ApolloServerPluginCacheControlDisabled()],
    validationRules,
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await graph.ping();
      res.json({ status: 'ok', neo4j: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'unreachable' });
    }
  });
  app.use(
    '/graphql',
    cors(config.http.corsOrigins.length > 0 ? { origin: config.http.corsOrigins } : { origin: false }),
    // Answers depend on the graph and the day: never stored by a browser or a proxy (a GET could be).
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.set('cache-control', 'no-store');
      next();
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(graph) }),
  );
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => res.sendFile(resolve(WEB_DIST, 'index.html')));
  }

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(config.http.port, config.http.host, () => done());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  return {
    url: `http://${config.http.host}:${port}`,
    server: http,
    stop: async () => {
      await apollo.stop();
    },
  };
}
