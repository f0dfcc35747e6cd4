/**
 * `pnpm bench [--sizes S,M,L] [--seed 1] [--batch 10000] [--parallel 2] [--merge-sizes S,M] [--quick]
 *             [--slow-runs 10] [--skip-naive] [--no-docs] [--report-only]`
 *
 * For each size: generates the synthetic graph, starts a fresh local Neo4j (free port, throw-away folder
 * under .tmp/bench), bulk-loads it with the project's loader, starts the API in this process and measures
 * every gap query end to end through HTTP, then under concurrency (autocannon), the API's memory and the
 * naive baselines. Results are kept per size in .tmp/bench/results-<size>.json and rendered into
 * docs/benchmarks.md (between markers; the analysis around them is written by hand).
 * Not part of the test suite: it takes minutes (L alone about ten).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Graph, applySchema, loadGraph, readConfig, startServer, type Config } from '@lacuna/api';
import { schemaStatements } from '@lacuna/model';
import { NEO4J_VERSION, ROOT, freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/embedded.js';
import { SIZE_NAMES, generateGraph, graphStats, type SizeName } from '../synth/generate.js';
import { engineCells, isoToday, matrixInNode, perPairMatrix } from './baseline.js';
import { loadTest, type LoadResult } from './load-test.js';
import { collectGarbage, gql, memory, summarize, timeRuns, type Memory } from './measure.js';
import { refreshCoverage } from '../../packages/api/src/engine/coverage-store.js';
import { todayUtc } from '../../packages/api/src/seed/validate.js';
import { MATRIX, benchCases, benchIds, matrixTechnologies, type BenchIds } from './queries.js';
import { importGraph } from '../neo4j/import.js';
import {
  renderMarkdown,
  writeGenerated,
  type CaseResult,
  type ImportLoad,
  type Machine,
  type SizeResult,
} from './report.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '10000' },
    parallel: { type: 'string', default: '2' },
    'merge-sizes': { type: 'string', default: 'S,M' },
    quick: { type: 'boolean', default: false },
    /** Fewest measured runs of a slow query (matrix, gaps, compliance) when its time budget runs out. */
    'slow-runs': { type: 'string', default: '10' },
    'skip-naive': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
  },
});

const OUT = join(ROOT, '.tmp/bench');
const HEAP_MIB = 4096;
const PAGECACHE_MIB = 2048;
const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
for (const s of sizes) if (!SIZE_NAMES.includes(s)) throw new Error(`unknown size ${s}; use ${SIZE_NAMES.join(',')}`);
const mergeSizes = new Set(values['merge-sizes'].split(',').filter(Boolean));
const batchSize = Number(values.batch);
const parallel = Number(values.parallel);
const quick = values.quick;
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** A new, empty data folder under .tmp/bench. */
function freshDir(name: string): string {
  const dir = join(OUT, `neo4j-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function startNeo4j(name: string, dir = freshDir(name)): Promise<{ neo4j: LocalNeo4j; dir: string }> {
  const neo4j = await startLocalNeo4j({
    dataDir: dir,
    port: await freePort(),
    heapMiB: HEAP_MIB,
    pageCacheMiB: PAGECACHE_MIB,
    log: () => {},
  });
  return { neo4j, dir };
}

function benchConfig(uri: string): Config {
  const config = readConfig({ NEO4J_URI: uri, NODE_ENV: 'production' });
  return { ...config, http: { host: '127.0.0.1', port: 0, corsOrigins: [] }, queryTimeoutMs: 120_000 };
}

/** Constraints and range indexes before the data (the loader looks ends up by id); full-text after. */
async function schemaBefore(graph: Graph): Promise<string[]> {
  const all = schemaStatements();
  for (const s of all.filter((s) => !s.includes('FULLTEXT'))) await graph.write(s, {}, { name: 'bench.schema' });
  await graph.write('CALL db.awaitIndexes(300)', {}, { name: 'bench.schema', timeoutMs: 320_000 });
  return all.filter((s) => s.includes('FULLTEXT'));
}

/** The database holds exactly the generated graph. */
async function checkCounts(db: Graph, counts: { nodes: number; relationships: number }, after: string): Promise<void> {
  const [stored] = await db.read(
    'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    { name: 'bench.count', timeoutMs: 120_000 },
  );
  if (stored?.nodes !== counts.nodes || stored?.relationships !== counts.relationships)
    throw new Error(`the database holds ${JSON.stringify(stored)} after ${after}, not ${JSON.stringify(counts)}`);
}

/**
 * The other way to a first load: neo4j-admin import into a new database (scripts/neo4j/import.ts), then
 * the constraints and range indexes built over the data, which the loader's time includes (it maintains
 * them as it writes). What is derived after the data is the loader's code, measured with the loader.
 */
async function benchImport(size: SizeName, graph: ReturnType<typeof generateGraph>): Promise<ImportLoad> {
  const dir = freshDir(`${size}-import`);
  log(`${size}: importing with neo4j-admin into a new database`);
  const imported = await importGraph(dir, graph.nodes, graph.edges, { log: () => {}, heapMiB: HEAP_MIB });
  const { neo4j } = await startNeo4j(`${size}-import`, dir);
  const db = new Graph(benchConfig(neo4j.uri));
  try {
    const started = performance.now();
    await schemaBefore(db);
    const schemaSeconds = (performance.now() - started) / 1000;
    await checkCounts(db, { nodes: graph.nodes.length, relationships: graph.edges.length }, 'the import');
    const result: ImportLoad = {
      csvSeconds: imported.csvSeconds,
      toolSeconds: imported.toolSeconds,
      nodeSeconds: imported.phases.nodes,
      relationshipSeconds: imported.phases.relationships,
      schemaSeconds,
      seconds: imported.seconds + schemaSeconds,
    };
    log(
      `${size}: imported ${Math.round(graph.edges.length / result.relationshipSeconds)} relationships/s in its ` +
        `relationship stages; ${Math.round(graph.edges.length / result.seconds)}/s all in (${result.seconds.toFixed(1)} s: ` +
        `CSV ${result.csvSeconds.toFixed(1)}, neo4j-admin ${result.toolSeconds.toFixed(1)}, indexes ${schemaSeconds.toFixed(1)})`,
    );
    return result;
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function benchSize(size: SizeName): Promise<SizeResult> {
  const loadStart = loadavg();
  log(`${size}: generating`);
  let started = performance.now();
  let graph: ReturnType<typeof generateGraph> | undefined = generateGraph(size, Number(values.seed));
  const generateSeconds = (performance.now() - started) / 1000;
  const stats = graphStats(graph);
  const ids: BenchIds = benchIds(graph);
  const counts = { nodes: graph.nodes.length, relationships: graph.edges.length };
  log(`${size}: ${counts.nodes} nodes, ${counts.relationships} relationships in ${generateSeconds.toFixed(1)} s`);

  const importLoad = await benchImport(size, graph);
  let mergeLoad: SizeResult['mergeLoad'];
  if (mergeSizes.has(size)) {
    const { neo4j, dir } = await startNeo4j(`${size}-merge`);
    const db = new Graph(benchConfig(neo4j.uri));
    try {
      await schemaBefore(db);
      log(`${size}: loading with MERGE (the idempotent default) for comparison`);
      const m = await loadGraph(db, graph.nodes, graph.edges, { atomic: false, batchSize, concurrency: 1 });
      mergeLoad = { ...m, note: 'idempotent default, empty database' };
      log(`${size}: MERGE load ${Math.round(m.relationships / m.relationshipSeconds)} relationships/s`);
    } finally {
      await db.close();
      await neo4j.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const { neo4j, dir } = await startNeo4j(size);
  const config = benchConfig(neo4j.uri);
  const db = new Graph(config);
  try {
    const fulltext = await schemaBefore(db);
    log(`${size}: loading (CREATE on the fresh database, batches of ${batchSize}, ${parallel} in parallel)`);
    let lastPrint = 0;
    const load = await loadGraph(db, graph.nodes, graph.edges, {
      fresh: true,
      atomic: false,
      batchSize,
      concurrency: parallel,
      onProgress: (p) => {
        if (performance.now() - lastPrint < 5000 && p.done < p.total) return;
        lastPrint = performance.now();
        log(`  ${p.phase} ${p.done}/${p.total} (${Math.round(p.done / Math.max(p.seconds, 0.001))}/s)`);
      },
    });
    await checkCounts(db, counts, 'the load');
    started = performance.now();
    for (const s of fulltext) await db.write(s, {}, { name: 'bench.schema' });
    await db.write('CALL db.awaitIndexes(600)', {}, { name: 'bench.schema', timeoutMs: 620_000 });
    const fulltextSeconds = (performance.now() - started) / 1000;
    await applySchema(db); // records the schema version; every statement is IF NOT EXISTS
    log(
      `${size}: loaded ${Math.round(load.relationships / load.relationshipSeconds)} relationships/s, ` +
        `${Math.round(load.nodes / load.nodeSeconds)} nodes/s; derived and stored after the data in ` +
        `${load.derivedSeconds.toFixed(1)} s; full-text index in ${fulltextSeconds.toFixed(1)} s`,
    );
    graph = undefined; // only the ids stay: the API's memory is measured next
    // Every Neo4j call the API makes is counted and timed, to split a request's time between Neo4j and Node.
    const dbCalls = { calls: 0, ms: 0 };
    for (const method of ['read', 'write'] as const) {
      const original = db[method].bind(db);
      db[method] = async (...args: Parameters<Graph['read']>) => {
        const t = performance.now();
        try {
          return await original(...args);
        } finally {
          dbCalls.calls++;
          dbCalls.ms += performance.now() - t;
        }
      };
    }
    // The floor of one Neo4j round trip (a transaction running RETURN 1), measured like the API's calls.
    const floorSamples: number[] = [];
    for (let k = 0; k < 200; k++) {
      const t = performance.now();
      await db.read('RETURN 1 AS one', {}, { name: 'bench.floor' });
      floorSamples.push(performance.now() - t);
    }
    const neo4jRoundTrip = summarize(floorSamples);
    log(
      `${size}: Neo4j round trip (RETURN 1) p50 ${neo4jRoundTrip.p50.toFixed(1)} ms, p95 ${neo4jRoundTrip.p95.toFixed(1)} ms`,
    );
    collectGarbage();
    const beforeServer = memory();
    const server = await startServer(config, db);
    const url = server.url;
    const cases: CaseResult[] = [];
    let matrixSample: Record<string, unknown> | undefined;
    try {
      for (const c of benchCases(ids)) {
        const slowRuns = Number(values['slow-runs']);
        const budget = quick
          ? {
              ...c.budget,
              maxRuns: Math.min(c.budget.maxRuns, 30),
              budgetSeconds: Math.min(c.budget.budgetSeconds, 15),
            }
          : c.budget.minRuns !== undefined
            ? { ...c.budget, minRuns: Math.min(c.budget.minRuns, slowRuns) }
            : c.budget;
        // A run that crosses midnight UTC would measure every query for "today" computing levels live, as
        // an API without its daily refresh would: the new day's levels are stored first, untimed.
        const restored = await refreshCoverage(db, todayUtc());
        if (restored)
          log(`${size}: a new day (${restored.asOf}): stored its route levels in ${restored.seconds.toFixed(1)} s`);
        const before = { ...dbCalls };
        const r = await timeRuns((i) => c.run(url, i), budget);
        const requests = (r.summary?.runs ?? 0) + (budget.warmup ?? 3);
        const perRequest = r.summary
          ? { dbCalls: (dbCalls.calls - before.calls) / requests, dbMs: (dbCalls.ms - before.ms) / requests }
          : {};
        if (c.key === 'matrix') matrixSample = r.sample;
        cases.push({
          key: c.key,
          title: c.title,
          ...(c.targetP95 !== undefined ? { targetP95: c.targetP95 } : {}),
          ...(r.summary ? { summary: r.summary } : {}),
          ...(r.bytes !== undefined ? { bytes: r.bytes } : {}),
          ...(r.error ? { error: r.error } : {}),
          ...perRequest,
        });
        log(
          `${size}: ${c.key.padEnd(16)} ` +
            (r.summary
              ? `p50 ${r.summary.p50.toFixed(1)} p95 ${r.summary.p95.toFixed(1)} p99 ${r.summary.p99.toFixed(1)} ms (${r.summary.runs} runs, ${r.bytes} B, ${perRequest.dbCalls?.toFixed(1)} Neo4j calls taking ${perRequest.dbMs?.toFixed(1)} ms per request)`
              : `NOT MEASURED: ${r.error}`),
        );
      }
      collectGarbage();
      const afterQueries = memory();

      // Under concurrency: the floor of the server, then coverage and gaps.
      const concurrency: SizeResult['concurrency'] = [];
      let peak: Memory = memory();
      const sampler = setInterval(() => {
        const m = memory();
        if (m.rssMiB > peak.rssMiB) peak = m;
      }, 200);
      const byKey = new Map(benchCases(ids).map((c) => [c.key, c]));
      for (const key of ['trivial', 'coverage', 'gaps']) {
        const c = byKey.get(key);
        const measured = cases.find((x) => x.key === key);
        if (!c?.body || measured?.error) {
          concurrency.push({
            key,
            connections: 0,
            seconds: 0,
            requests: 0,
            rps: 0,
            p50: 0,
            p97_5: 0,
            p99: 0,
            errors: 0,
            non2xx: 0,
            error: `not measured: ${measured?.error ?? 'no body'}`,
          });
          continue;
        }
        const bodies = Array.from({ length: 100 }, (_, i) => c.body?.(i) ?? '');
        const seconds = quick ? 5 : key === 'gaps' ? 20 : 10;
        try {
          const r: LoadResult = await loadTest(url, bodies, { connections: 4, seconds });
          concurrency.push({ key, ...r });
          log(
            `${size}: load ${key} ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors + r.non2xx}`,
          );
        } catch (error) {
          concurrency.push({
            key,
            connections: 4,
            seconds,
            requests: 0,
            rps: 0,
            p50: 0,
            p97_5: 0,
            p99: 0,
            errors: 0,
            non2xx: 0,
            error: String(error),
          });
        }
      }
      clearInterval(sampler);

      // Naive baselines for the matrix.
      let naive: SizeResult['naive'];
      if (!values['skip-naive']) {
        const techs = matrixTechnologies(ids);
        const engineP50 = cases.find((c) => c.key === 'matrix')?.summary?.p50;
        log(`${size}: naive baseline — one coverage request per pair`);
        const perPair = await perPairMatrix(url, ids.national, techs, { budgetSeconds: quick ? 15 : 60 });
        log(`${size}: naive baseline — fetch into Node`);
        const asOf = isoToday();
        const inNodeRuns = [];
        for (let k = 0; k < 3; k++) inNodeRuns.push(await matrixInNode(db, ids.national, techs, 'use', 'all', asOf));
        inNodeRuns.sort((a, b) => a.seconds - b.seconds);
        const inNode = inNodeRuns[1] ?? inNodeRuns[0];
        let agreement: number | undefined;
        let compared: number | undefined;
        if (inNode) {
          const engine = engineCells(
            matrixSample ?? (await gql(url, MATRIX, { js: ids.national, ts: techs, a: 'use' })).data,
          );
          if (engine.size > 0) {
            compared = inNode.cells.size;
            let same = 0;
            const differences: string[] = [];
            for (const [key, level] of inNode.cells) {
              if (engine.get(key) === level) same++;
              else if (differences.length < 10) differences.push(`${key}: engine ${engine.get(key)}, naive ${level}`);
            }
            agreement = same / compared;
            if (differences.length) log(`${size}: cells that differ (first 10):\n  ${differences.join('\n  ')}`);
          }
        }
        naive = {
          ...(engineP50 !== undefined ? { engineMatrixP50: engineP50 } : {}),
          perPair,
          ...(inNode
            ? {
                inNode: {
                  seconds: inNode.seconds,
                  fetchSeconds: inNode.fetchSeconds,
                  rowsFetched: inNode.rowsFetched,
                  ...(agreement !== undefined ? { agreement, compared } : {}),
                },
              }
            : {}),
        };
        log(
          `${size}: per pair ${perPair.estimatedSeconds.toFixed(1)} s (${perPair.done}/${perPair.pairs} pairs)` +
            (inNode ? `; in Node ${(inNode.seconds * 1000).toFixed(0)} ms, agreement ${agreement}` : ''),
        );
      }
      const result: SizeResult = {
        size,
        ...counts,
        perLabel: stats.nodes,
        perType: stats.relationships,
        generateSeconds,
        load: {
          mode: 'CREATE (fresh)',
          batchSize,
          concurrency: parallel,
          nodeSeconds: load.nodeSeconds,
          relationshipSeconds: load.relationshipSeconds,
          seconds: load.seconds,
          fulltextSeconds,
          derivedSeconds: load.derivedSeconds,
        },
        ...(mergeLoad ? { mergeLoad } : {}),
        importLoad,
        cases,
        neo4jRoundTrip,
        concurrency,
        memory: { beforeServer, afterQueries, peakUnderLoad: peak, neo4jRssMiB: rssOf(neo4j.pid) },
        ...(naive ? { naive } : {}),
        loadAverage: { start: loadStart, end: loadavg() },
      };
      return result;
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The commit measured (the engine changes quickly; results name the code they measured). */
function gitHead(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return dirty.trim() ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

function machine(): Machine {
  let java = 'unknown';
  try {
    const text = execFileSync('java', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    java = text.split('\n')[0] ?? java;
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? '');
    java = text.split('\n')[0] ?? java;
  }
  if (java === 'unknown' || java === '') {
    const out = execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' });
    java = out.split('\n')[0] ?? 'unknown';
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    java: java.trim(),
    neo4j: NEO4J_VERSION,
    neo4jMemory: `heap ${HEAP_MIB} MiB, page cache ${PAGECACHE_MIB} MiB`,
    date: new Date().toISOString().slice(0, 10),
    command: `pnpm bench --sizes ${sizes.join(',')}`,
    commit: gitHead(),
  };
}

mkdirSync(OUT, { recursive: true });
if (!values['report-only']) {
  for (const size of sizes) {
    const result = await benchSize(size);
    // With --skip-naive, the baselines of an earlier run of this size are kept.
    const previous = join(OUT, `results-${size}.json`);
    if (values['skip-naive'] && existsSync(previous)) {
      const old = JSON.parse(readFileSync(previous, 'utf8')) as SizeResult;
      if (old.naive) result.naive = { ...old.naive, ...(result.naive ?? {}) };
    }
    writeFileSync(join(OUT, `results-${size}.json`), JSON.stringify(result, null, 2));
    log(`${size}: results in .tmp/bench/results-${size}.json`);
  }
}
const results = sizes
  .map((s) => join(OUT, `results-${s}.json`))
  .filter((p) => existsSync(p))
  .map((p) => JSON.parse(readFileSync(p, 'utf8')) as SizeResult);
const markdown = renderMarkdown(machine(), results);
writeFileSync(join(OUT, 'results.md'), markdown);
if (!values['no-docs']) writeGenerated(join(ROOT, 'docs/benchmarks.md'), markdown, 'Benchmarks');
log(`tables written to ${values['no-docs'] ? '.tmp/bench/results.md' : 'docs/benchmarks.md'}`);
process.exit(0);
