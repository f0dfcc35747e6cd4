/** Reads, validates and (when valid) loads a seed folder. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../graph/db.js';
import { loadGraph, type LoadOptions, type LoadStats } from './load.js';
import { formatProblem, readSeedFolder, type Problem } from './read.js';
import { validateBlocks, type ValidatedGraph } from './validate.js';

const BUNDLED_SEED_DIR = resolve(fileURLToPath(import.meta.url), '../../../../../data/seed');
/** The seed folder: LACUNA_SEED_DIR, or data/seed in this repository. */
export const DEFAULT_SEED_DIR = process.env.LACUNA_SEED_DIR ? resolve(process.env.LACUNA_SEED_DIR) : BUNDLED_SEED_DIR;

export class SeedInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The seed data has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function checkSeed(dir = DEFAULT_SEED_DIR): ValidatedGraph {
  const read = readSeedFolder(dir);
  const validated = validateBlocks(read.blocks);
  return { ...validated, problems: [...read.problems, ...validated.problems] };
}

/** Validates everything first; writes nothing unless the whole folder is valid. */
export async function loadSeed(
  graph: Graph,
  dir = DEFAULT_SEED_DIR,
  options: Pick<LoadOptions, 'onLeaseWait'> = {},
): Promise<LoadStats> {
  const checked = checkSeed(dir);
  if (checked.problems.length > 0) throw new SeedInvalidError(checked.problems);
  return loadGraph(graph, checked.nodes, checked.edges, { ...options, atomic: true, syncEdges: true });
}

export async function graphIsEmpty(graph: Graph): Promise<boolean> {
  const rows = await graph.read('MATCH (n:Entity) RETURN count(n) > 0 AS any', {}, { name: 'seed.empty' });
  return rows[0]?.any !== true;
}
