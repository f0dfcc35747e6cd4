import type { Graph } from '../graph/db.js';

export interface Context {
  graph: Graph;
}
