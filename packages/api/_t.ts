import neo4j from 'neo4j-driver';
import { REGULATION_MODES, COVERAGE_LEVELS } from '@lacuna/model';
import { readFileSync } from 'node:fs';
const driver = neo4j.driver('neo4j://127.0.0.1:7790', neo4j.auth.basic('neo4j', ''));
const s = driver.session({ defaultAccessMode: neo4j.session.READ });
const nat = (await s.run(`MATCH (j:Jurisdiction {level:'national'}) RETURN j.id AS id ORDER BY id`)).records.map((r) => r.get('id'));
const techs = (await s.run(`MATCH (t:Technology) RETURN t.id AS id ORDER BY id`)).records.map((r) => r.get('id'));
const files = process.argv.slice(2);
for (const ex of ['0', '1']) for (const round of [0, 1]) for (const f of files) {
  const q = readFileSync('../../' + f, 'utf8');
  const rows: number[] = [];
  for (let k = 0; k < 30; k++) {
    const cell = { jurisdiction: nat[(k * 37) % nat.length], technology: techs[(k * 53) % techs.length] };
    const params = { cells: [cell], maxExcluded: 20, excluded: ex === '1', paths: ex === '1', activity: 'use', actor: 'all', asOf: neo4j.types.Date.fromStandardDate(new Date('2026-11-26')), modes: [...REGULATION_MODES], levels: [...COVERAGE_LEVELS], format: 3 };
    const res = await s.executeRead((tx) => tx.run(q, params));
    rows.push(res.summary.resultConsumedAfter.toNumber() + res.summary.resultAvailableAfter.toNumber());
  }
  if (round) { rows.sort((a, b) => a - b); console.log(f.split('/').pop()!.padEnd(16), 'full', ex, 'server p50', rows[15], 'p90', rows[27], 'sum', rows.reduce((a, b) => a + b)); }
}
await s.close(); await driver.close();
