/**
 * Throughput and latency under concurrency with autocannon. The client runs in a child process so that it
 * does not share the event loop of the in-process API it measures (it still shares the two cores). Not a
 * worker thread: inside one, autocannon hands its raw histograms to the parent instead of percentiles.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Requests per second, mean over the run. */
  rps: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const CLIENT = `
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const job = JSON.parse(input);
  const autocannon = require(job.autocannon);
  autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 120,
    headers: { 'content-type': 'application/json' },
    requests: job.bodies.map((body) => ({ method: 'POST', path: '/graphql', body })),
  }, (error, result) => {
    if (error) { process.stdout.write(JSON.stringify({ error: String(error) })); return; }
    process.stdout.write(JSON.stringify({ result: {
      requests: result.requests.total, rps: result.requests.average,
      p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99,
      errors: result.errors + result.timeouts, non2xx: result.non2xx,
    } }));
  });
});`;

export function loadTest(url: string, bodies: string[], { connections = 4, seconds = 10 } = {}): Promise<LoadResult> {
  const autocannon = createRequire(import.meta.url).resolve('autocannon');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', () => {
      try {
        const message = JSON.parse(output) as { error?: string; result?: Omit<LoadResult, 'connections' | 'seconds'> };
        if (message.error || !message.result) fail(new Error(message.error ?? 'autocannon gave no result'));
        else done({ connections, seconds, ...message.result });
      } catch {
        fail(new Error(`autocannon printed no result: ${output.slice(0, 200)}`));
      }
    });
    child.stdin.end(JSON.stringify({ url, bodies, connections, seconds, autocannon }));
  });
}
