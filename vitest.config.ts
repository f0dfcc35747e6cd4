import { defineConfig } from 'vitest/config';

// Tiers run in order: unit (pure logic) → integration (real Neo4j over Bolt) → e2e (real Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          // One Neo4j database is shared: files run one after another, each starting from a clean graph.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
