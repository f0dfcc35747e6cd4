/**
 * The project's own local Neo4j: fetches the 5.26 jars from Maven Central once (cached in .cache/neo4j),
 * then runs scripts/neo4j/Launcher.java with Bolt on 127.0.0.1:<port> and data under a project folder.
 * Every failure is a LocalNeo4jError whose message tells the user what to do.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LAUNCHER_DIR = join(ROOT, 'scripts/neo4j');
export const NEO4J_VERSION = '5.26.30';
export const LIB_DIR = join(ROOT, '.cache/neo4j/lib');
const LIB_STAMP = join(LIB_DIR, `.complete-${NEO4J_VERSION}`);
const OR_REMOTE = 'or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to use an existing Neo4j 5 instead.';

export class LocalNeo4jError extends Error {}

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  pageCacheMiB?: number;
  heapMiB?: number;
  /** Seconds to wait for Bolt before giving up. */
  timeoutSeconds?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export function localConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jOptions {
  return {
    dataDir: resolve(ROOT, env.LACUNA_NEO4J_DATA ?? '.data/neo4j'),
    port: Number(env.LACUNA_NEO4J_PORT ?? 7687),
    pageCacheMiB: Number(env.LACUNA_NEO4J_PAGECACHE_MB ?? 512),
    heapMiB: Number(env.LACUNA_NEO4J_HEAP_MB ?? 1024),
  };
}

export function checkJava(): void {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error) {
    throw new LocalNeo4jError(
      `Java was not found. Install Java 17 or newer (e.g. apt-get install -y openjdk-17-jre-headless), ${OR_REMOTE}`,
    );
  }
  const text = `${out.stderr}${out.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new LocalNeo4jError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} is too old: Neo4j ${NEO4J_VERSION} needs Java 17 or newer. ` +
        `Install it and put it first on PATH (or set JAVA_HOME), ${OR_REMOTE}`,
    );
  }
}

/** Fetches the Neo4j jars with Maven unless this version is already cached. */
export function ensureJars(log: (line: string) => void = console.log): void {
  if (existsSync(LIB_STAMP)) return;
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new LocalNeo4jError(
      `Maven was not found; it fetches Neo4j ${NEO4J_VERSION} from Maven Central. Install it (apt-get install -y maven), ${OR_REMOTE}`,
    );
  }
  log(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central into .cache/neo4j (once)…`);
  rmSync(LIB_DIR, { recursive: true, force: true });
  const fetch = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(LAUNCHER_DIR, 'pom.xml'),
      `-Dneo4j.version=${NEO4J_VERSION}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${LIB_DIR}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (fetch.status !== 0) {
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j ${NEO4J_VERSION} from Maven Central:\n${fetch.stdout}${fetch.stderr}\n` +
        `Check the network access to repo.maven.apache.org, ${OR_REMOTE}`,
    );
  }
  writeFileSync(LIB_STAMP, new Date().toISOString());
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => done(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** The Neo4j home the launcher gives a data folder: its databases and transaction logs are under `data`. */
export const storeHome = (dataDir: string) => join(dataDir, 'db');

const pidFile = (dataDir: string) => join(dataDir, 'launcher.pid');

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of a launcher recorded in dataDir that is still running, if any. */
export function runningPid(dataDir: string): number | undefined {
  if (!existsSync(pidFile(dataDir))) return undefined;
  const pid = Number(readFileSync(pidFile(dataDir), 'utf8').trim());
  return pid > 0 && isAlive(pid) ? pid : undefined;
}

/**
 * Starts the launcher and resolves once Bolt answers. `detached` keeps it running after this process
 * exits (for `scripts/neo4j start`); otherwise it is a child that the caller stops.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions, detached = false): Promise<LocalNeo4j> {
  const log = options.log ?? console.log;
  checkJava();
  ensureJars(log);
  const { dataDir, port } = options;
  const existing = runningPid(dataDir);
  if (existing) {
    throw new LocalNeo4jError(
      `The data folder ${dataDir} is in use by a running Neo4j (pid ${existing}). ` +
        `Stop it with 'pnpm neo4j stop', choose another folder with LACUNA_NEO4J_DATA, ${OR_REMOTE}`,
    );
  }
  if (!(await portIsFree(port))) {
    throw new LocalNeo4jError(
      `Port ${port} on 127.0.0.1 is already taken. Choose another with LACUNA_NEO4J_PORT, stop what uses it, ${OR_REMOTE}`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'launcher.log');
  const fd = openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${options.heapMiB ?? 1024}m`,
      '-XX:+UseG1GC',
      '-cp',
      `${LIB_DIR}/*`,
      join(LAUNCHER_DIR, 'Launcher.java'),
      storeHome(dataDir),
      String(port),
      String(options.pageCacheMiB ?? 512),
      ...(detached ? [] : ['--exit-with-parent']),
    ],
    // Always in its own process group, so that Ctrl-C reaches only us and we stop the API before Neo4j.
    // When not detached, Neo4j still stops with us: it watches the stdin pipe we hold (--exit-with-parent).
    { stdio: [detached ? 'ignore' : 'pipe', fd, fd], detached: true },
  );
  closeSync(fd);
  if (!child.pid) throw new LocalNeo4jError(`Could not start java for Neo4j; see ${logFile}`);
  const pid = child.pid;
  writeFileSync(pidFile(dataDir), String(pid));
  if (detached) child.unref();

  const deadline = Date.now() + (options.timeoutSeconds ?? 180) * 1000;
  for (;;) {
    const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    if (text.includes('LACUNA_NEO4J_READY')) break;
    const failure = /LACUNA_NEO4J_ERROR (\S+) (.*)/.exec(text);
    if (failure || !isAlive(pid)) {
      rmSync(pidFile(dataDir), { force: true });
      throw new LocalNeo4jError(explainFailure(failure?.[1], failure?.[2] ?? '', dataDir, port, logFile));
    }
    if (Date.now() > deadline) {
      await stopPid(pid, dataDir);
      throw new LocalNeo4jError(`Neo4j did not open Bolt on port ${port} in time; see ${logFile}, ${OR_REMOTE}`);
    }
    await sleep(250);
  }
  return { uri: `neo4j://127.0.0.1:${port}`, pid, logFile, stop: () => stopPid(pid, dataDir) };
}

function explainFailure(kind: string | undefined, detail: string, dataDir: string, port: number, logFile: string) {
  switch (kind) {
    case 'data_locked':
      return `The data folder ${dataDir} is locked by another Neo4j process. Stop it, choose another folder with LACUNA_NEO4J_DATA, ${OR_REMOTE}`;
    case 'port_taken':
      return `Port ${port} is already taken. Choose another with LACUNA_NEO4J_PORT, ${OR_REMOTE}`;
    default:
      return `Neo4j failed to start${detail ? `: ${detail}` : ''}. The full log is in ${logFile}; ${OR_REMOTE}`;
  }
}

export async function stopPid(pid: number, dataDir: string, timeoutSeconds = 60): Promise<void> {
  if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(dataDir), { force: true });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
