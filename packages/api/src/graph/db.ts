/**
 * The only module that talks to neo4j-driver: read/write routing, transaction timeouts and metadata,
 * value conversion at the boundary, and Neo4j error codes mapped to typed errors.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from '../config.js';
import { fromNeo4j, toNeo4j } from './convert.js';

export type Row = Record<string, unknown>;

export class GraphError extends Error {
  constructor(
    readonly code: 'TIMEOUT' | 'UNAVAILABLE' | 'CONSTRAINT' | 'INTERNAL',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface QueryOptions {
  /** A short name of the query, recorded as transaction metadata (visible in SHOW TRANSACTIONS). */
  name: string;
  timeoutMs?: number;
}

export class Graph {
  readonly driver: Driver;
  /** Shared by every session, so that a read after a write sees it even on a cluster's secondaries. */
  private readonly bookmarks = neo4j.bookmarkManager();
  private closing = false;

  constructor(private readonly config: Pick<Config, 'neo4j' | 'queryTimeoutMs'>) {
    const { uri, user, password } = config.neo4j;
    this.driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
      // Managed transactions retry transient failures for this long before the API reports them.
      maxTransactionRetryTime: 15_000,
      logging: {
        level: 'error',
        // Once closing, connections dropped by a stopping server are expected, not worth a log line.
        logger: (_level, message) => {
          if (!this.closing) console.error(`[neo4j] ${message}`);
        },
      },
    });
  }

  get database(): string {
    return this.config.neo4j.database;
  }

  async read(query: string, params: Row, options: QueryOptions): Promise<Row[]> {
    return this.run('READ', (tx) => tx.run(query, toNeo4j(params) as Row), options);
  }

  async write(query: string, params: Row, options: QueryOptions): Promise<Row[]> {
    return this.run('WRITE', (tx) => tx.run(query, toNeo4j(params) as Row), options);
  }

  /** Several statements in one write transaction: all of them land, or none does. */
  async writeAll(
    work: (run: (query: string, params: Row) => Promise<Row[]>) => Promise<void>,
    options: QueryOptions,
  ): Promise<void> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      await session.executeWrite(
        async (tx) => {
          await work(async (query, params) =>
            (await tx.run(query, toNeo4j(params) as Row)).records.map((r) => fromNeo4j(r.toObject()) as Row),
          );
        },
        { timeout: options.timeoutMs ?? 10 * 60_000, metadata: { app: 'lacuna', query: options.name } },
      );
    } catch (error) {
      throw mapError(error, options.name);
    } finally {
      await session.close();
    }
  }

  /** One attempt, no retries, bounded: a health check must answer quickly even when Neo4j is down. */
  async ping(timeoutMs = 3000): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }),
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new GraphError('UNAVAILABLE', 'Neo4j did not answer in time.')), timeoutMs);
        }),
      ]);
    } catch (error) {
      throw mapError(error, 'ping');
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.driver.close();
  }

  private async run(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<{ records: { toObject(): object }[] }>,
    options: QueryOptions,
  ): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const config = {
      timeout: options.timeoutMs ?? this.config.queryTimeoutMs,
      metadata: { app: 'lacuna', query: options.name },
    };
    try {
      const result =
        mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      return result.records.map((r) => fromNeo4j(r.toObject()) as Row);
    } catch (error) {
      throw mapError(error, options.name);
    } finally {
      await session.close();
    }
  }
}

function mapError(error: unknown, name: string): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code.includes('TransactionTimedOut') || code.includes('Terminated')) {
      return new GraphError('TIMEOUT', `The query "${name}" took too long and was stopped.`, { cause: error });
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.includes('DatabaseUnavailable')) {
      return new GraphError('UNAVAILABLE', 'The graph database is unavailable.', { cause: error });
    }
    if (code.includes('ConstraintValidationFailed')) {
      return new GraphError('CONSTRAINT', error.message, { cause: error });
    }
  }
  return new GraphError('INTERNAL', `The query "${name}" failed.`, { cause: error });
}
