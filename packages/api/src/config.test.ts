import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('stores each new day’s route levels with the embedded Neo4j only, unless told', () => {
    // The embedded default: scripts/start.ts passes the local URI, NEO4J_URI is unset.
    expect(readConfig({}, 'neo4j://127.0.0.1:7687').deriveDaily).toBe(true);
    // A Neo4j server may have several API instances: one stores the day, if told.
    expect(readConfig({ NEO4J_URI: 'neo4j://db:7687' }).deriveDaily).toBe(false);
    expect(readConfig({ NEO4J_URI: 'neo4j://db:7687', LACUNA_DERIVE_DAILY: 'true' }).deriveDaily).toBe(true);
    expect(readConfig({ LACUNA_DERIVE_DAILY: 'false' }, 'neo4j://127.0.0.1:7687').deriveDaily).toBe(false);
  });
});
