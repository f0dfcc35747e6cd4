import { defineConfig } from 'vitest/config';

// Tiers run in order: unit (pure logic) → integration (real Neo4j over Bolt) → e2e (real Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/data/**/*.test.ts'],
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
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['packages/web/src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Starts its own Neo4j, loads data/seed, builds the dashboard and serves it with the API.
          globalSetup: ['tests/setup/e2e.ts'],
          // Runs after the unit, web and integration tiers; one browser at a time on a small machine.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
