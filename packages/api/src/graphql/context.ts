import type { Graph } from '../graph/db.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  graph: Graph;
  loaders: Loaders;
}

export function createContext(graph: Graph): Context {
  return { graph, loaders: createLoaders(graph) };
}
