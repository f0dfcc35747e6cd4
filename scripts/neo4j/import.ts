/**
 * A first load without Bolt: `neo4j-admin database import full` (the jars the local Neo4j already runs
 * from) writes the store files of an empty local database directly from CSV, offline. Then, with Neo4j
 * started on it, `finishImport` applies the schema and writes what the loader derives after the data.
 * The loader (`loadGraph`, batched UNWIND through Bolt) stays the way to load into a running or remote
 * Neo4j and into a database that holds data; this is for a new local database of a large graph.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySchema, Graph, readConfig } from '@lacuna/api';
import { storeDerived } from '../../packages/api/src/seed/load.js';
import { todayUtc, type EdgeRow, type NodeRow } from '../../packages/api/src/seed/validate.js';
import { LEASE_SECONDS, STORES_LEASE, underStoreLease } from '../../packages/api/src/engine/store-lease.js';
import type { StoreStats } from '../../packages/api/src/engine/coverage-store.js';
import {
  checkJava,
  ensureJars,
  LIB_DIR,
  LocalNeo4jError,
  runningPid,
  startLocalNeo4j,
  storeHome,
  type LocalNeo4jOptions,
} from './embedded.js';
import { ARRAY_DELIMITER, ImportInputError, writeImportFiles } from './import-csv.js';

export interface ImportStats {
  nodes: number;
  relationships: number;
  properties: number;
  /** Writing the CSV files. */
  csvSeconds: number;
  /** The import tool, from its start to its exit (JVM start included). */
  toolSeconds: number;
  /** Seconds of the tool's own phases (`importPhases`). */
  phases: ReturnType<typeof importPhases>;
  seconds: number;
}

/**
 * The tool's steps as it reports them with --verbose (`Relationships, started …`, then `Done in 1s 983ms`),
 * in three phases: the nodes, the relationships (import and linking: every step from the node index on),
 * and post processing (counts and the label and type indexes).
 */
export function importPhases(output: string): { nodes: number; relationships: number; post: number } {
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  const phases = { nodes: 0, relationships: 0, post: 0 };
  let phase: keyof typeof phases = 'nodes';
  for (const [, name = '', took = ''] of output.matchAll(
    /^(.+), started \d{4}-[^\n]*\n(?:[^\n]*\n)*?Done in ((?:\d+(?:h|ms|m|s) ?)+)/gm,
  )) {
    if (name === 'Prepare node index') phase = 'relationships';
    if (name.endsWith('index build')) phase = 'post';
    for (const [, n, u = ''] of took.matchAll(/(\d+)(h|ms|m|s)/g)) phases[phase] += Number(n) * (unit[u] ?? NaN);
  }
  return phases;
}

/** Where the import writes the default database of a local Neo4j's data folder. */
const databaseDir = (dataDir: string) => join(storeHome(dataDir), 'data', 'databases', 'neo4j');

export async function importGraph(
  dataDir: string,
  nodes: NodeRow[],
  edges: EdgeRow[],
  options: { log?: (line: string) => void; heapMiB?: number; offHeapMiB?: number } = {},
): Promise<ImportStats> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const pid = runningPid(dataDir);
  if (pid)
    throw new LocalNeo4jError(
      `Neo4j (pid ${pid}) is running on ${dataDir}: the import writes only into a stopped database.`,
    );
  const database = databaseDir(dataDir);
  if (existsSync(database) && readdirSync(database).length > 0)
    throw new LocalNeo4jError(
      `${dataDir} already holds a database: the import only creates a new one. Load into it with the loader ` +
        '(pnpm seed:load, pnpm synth --load), or choose an empty folder with LACUNA_NEO4J_DATA.',
    );
  checkJava();
  ensureJars(log);

  const work = join(dataDir, 'import');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'conf'), { recursive: true });
  mkdirSync(storeHome(dataDir), { recursive: true });
  try {
    const files = await writeImportFiles(work, nodes, edges).catch((error: unknown) => {
      throw error instanceof ImportInputError ? new LocalNeo4jError(`Nothing was imported: ${error.message}.`) : error;
    });
    const csvSeconds = (performance.now() - started) / 1000;
    // The tool reads neo4j.conf from NEO4J_CONF; an empty one keeps every default, data under NEO4J_HOME.
    writeFileSync(join(work, 'conf', 'neo4j.conf'), '');
    const toolStarted = performance.now();
    const report = join(work, 'import.report');
    const { code, output } = await run(
      'java',
      [
        `-Xmx${options.heapMiB ?? 1024}m`,
        '-cp',
        `${LIB_DIR}/*`,
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        '--verbose', // names the input row that fails
        '--id-type=integer',
        // By default the tool sizes its caches to 90 % of free memory and spends seconds setting them up
        // (at 1M relationships: 9 s before the first node, 5.6 s with 2 GiB; the steps take as long).
        `--max-off-heap-memory=${options.offHeapMiB ?? 2048}M`,
        `--array-delimiter=${ARRAY_DELIMITER}`,
        '--multiline-fields=true',
        '--skip-bad-relationships=false',
        '--skip-duplicate-nodes=false',
        `--report-file=${report}`,
        ...files.args,
        '--',
        'neo4j',
      ],
      { NEO4J_HOME: storeHome(dataDir), NEO4J_CONF: join(work, 'conf') },
      work,
    );
    const toolSeconds = (performance.now() - toolStarted) / 1000;
    const imported = (what: string) => Number(new RegExp(`^\\s*(\\d+) ${what}$`, 'm').exec(output)?.[1] ?? NaN);
    if (code !== 0 || !output.includes('IMPORT DONE')) {
      rmSync(database, { recursive: true, force: true });
      throw new LocalNeo4jError(`neo4j-admin import failed (exit ${code}); nothing was imported: ${failure(output)}`);
    }
    const stats = {
      nodes: imported('nodes'),
      relationships: imported('relationships'),
      properties: imported('properties'),
    };
    if (stats.nodes !== files.nodes || stats.relationships !== files.relationships) {
      rmSync(database, { recursive: true, force: true });
      throw new LocalNeo4jError(
        `neo4j-admin import wrote ${stats.nodes} nodes and ${stats.relationships} relationships, not ` +
          `${files.nodes} and ${files.relationships}; the database was removed.`,
      );
    }
    const phases = importPhases(output);
    return { ...stats, csvSeconds, toolSeconds, phases, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * With Neo4j running on an imported database: the constraints and indexes (built once over the data), then
 * what the loader writes after the data, under the store lease as a load holds it.
 */
export async function finishImport(
  graph: Graph,
  options: { coverageAsOf?: string | null } = {},
): Promise<{ schemaSeconds: number; derivedSeconds: number; coverage: StoreStats | null }> {
  let started = performance.now();
  await applySchema(graph);
  await graph.write('CALL db.awaitIndexes(600)', {}, { name: 'import.schema', timeoutMs: 620_000 });
  const schemaSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const asOf = options.coverageAsOf === undefined ? todayUtc() : options.coverageAsOf;
  const coverage = await underStoreLease(graph, STORES_LEASE, () => storeDerived(graph, asOf), {
    holder: `import ${process.pid}`,
    seconds: LEASE_SECONDS,
  });
  return { schemaSeconds, derivedSeconds: (performance.now() - started) / 1000, coverage };
}

/**
 * The whole first load of a local Neo4j's folder (stopped, no database yet): import, start Neo4j on it,
 * finish the import, stop. Tells `log` what it did; `pnpm neo4j import` and `pnpm synth --import`.
 */
export async function importIntoLocal(
  local: LocalNeo4jOptions,
  nodes: NodeRow[],
  edges: EdgeRow[],
  log: (line: string) => void = console.log,
): Promise<void> {
  const imported = await importGraph(local.dataDir, nodes, edges, { log, heapMiB: local.heapMiB });
  log(
    `Imported ${imported.nodes} nodes and ${imported.relationships} relationships into ${local.dataDir} in ` +
      `${imported.seconds.toFixed(1)} s (CSV ${imported.csvSeconds.toFixed(1)} s, neo4j-admin ${imported.toolSeconds.toFixed(1)} s).`,
  );
  const neo4j = await startLocalNeo4j({ ...local, log });
  const graph = new Graph(readConfig({}, neo4j.uri));
  try {
    const finished = await finishImport(graph);
    log(
      `Applied the schema in ${finished.schemaSeconds.toFixed(1)} s; stored the derived properties, evidence, rule ` +
        `index and today's route levels in ${finished.derivedSeconds.toFixed(1)} s.`,
    );
  } finally {
    await graph.close();
    await neo4j.stop();
  }
}

function run(command: string, args: string[], env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}

/** The input the tool refused (file, line, what was wrong), or the end of what it printed. */
function failure(output: string): string {
  const input = /ERROR in input\n([\s\S]*?original error: [^\n]*)/.exec(output)?.[1];
  const cause = [...output.matchAll(/InputException: ([^\n]+)/g)].at(-1)?.[1];
  const refused = input ?? cause;
  if (refused) return refused.replace(/^\s+/gm, '').replaceAll(' (global id space)', '');
  const lines = output.split('\n').filter((line) => line.trim() && !/^[\s.\-[*]/.test(line) && !/^\s*at /.test(line));
  return lines.slice(-12).join('\n');
}
