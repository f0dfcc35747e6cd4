import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./derive-cli.ts', import.meta.url));

function derive(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('pnpm derive on bad input', () => {
  it.each(['2026-13-01', '26-11-2026', 'today'])('refuses --as-of %s before touching the database', (date) => {
    const run = derive(['--as-of', date], { NEO4J_URI: 'neo4j://127.0.0.1:1' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--as-of must be a date written YYYY-MM-DD, not "${date}"`);
  });

  it('names the database it cannot reach, and fails', async () => {
    const uri = `neo4j://127.0.0.1:${await closedPort()}`;
    const run = derive([], { NEO4J_URI: uri });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`pnpm derive against ${uri}: cannot reach Neo4j (`);
    expect(run.stderr).toContain('check NEO4J_URI');
  });
});
