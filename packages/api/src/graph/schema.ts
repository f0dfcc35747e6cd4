/** Applies the constraints and indexes derived from the ontology; idempotent and versioned. */
import { SCHEMA_VERSION, schemaStatements } from '@lacuna/model';
import type { Graph } from './db.js';

export async function applySchema(graph: Graph): Promise<{ version: number; statements: number }> {
  const statements = schemaStatements();
  // Schema commands cannot share a transaction with data writes, so each runs on its own.
  for (const statement of statements) await graph.write(statement, {}, { name: 'schema', timeoutMs: 120_000 });
  await graph.write('CALL db.awaitIndexes(300)', {}, { name: 'schema.await', timeoutMs: 320_000 });
  await graph.write(
    'MERGE (m:LacunaMeta {key: "schema"}) ON CREATE SET m.version = $version ' +
      'WITH m WHERE m.version <> $version SET m.version = $version',
    { version: SCHEMA_VERSION },
    { name: 'schema.version' },
  );
  return { version: SCHEMA_VERSION, statements: statements.length };
}

export async function schemaVersion(graph: Graph): Promise<number | null> {
  const rows = await graph.read(
    'MATCH (m:LacunaMeta {key: "schema"}) RETURN m.version AS version',
    {},
    { name: 'schema.read' },
  );
  return (rows[0]?.version as number | undefined) ?? null;
}
