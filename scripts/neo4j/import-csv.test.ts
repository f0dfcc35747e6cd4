import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IsoDate, type EdgeRow, type NodeRow } from '../../packages/api/src/seed/validate.js';
import { ARRAY_DELIMITER, ImportInputError, writeImportFiles } from './import-csv.js';
import { importPhases } from './import.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-import-csv-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const law = (id: string, props: NodeRow['props']): NodeRow => ({ label: 'Instrument', id, props });

describe('CSV files for neo4j-admin import', () => {
  it('writes one file per label and type, typed headers, quoted strings and lists, empty fields where no value', async () => {
    const dir = tempDir();
    const nodes: NodeRow[] = [
      law('a', {
        name: 'Act "one"\nsecond line',
        inForce: true,
        adopted: new IsoDate('2020-01-02'),
        aliases: ['x', 'y'],
      }),
      law('b', { name: 'Act, two' }),
      { label: 'Technology', id: 't', props: { name: 'Tech' } },
    ];
    const edges: EdgeRow[] = [
      { type: 'REGULATES', from: 'a', to: 't', key: 'k1', props: { modes: ['ban'], rank: 3 } },
      { type: 'REGULATES', from: 'b', to: 't', key: 'k2', props: { rank: 2.5 } },
    ];
    const files = await writeImportFiles(dir, nodes, edges);
    expect(files.args).toEqual([
      `--nodes=Entity:Instrument=${join(dir, 'nodes-Instrument.csv')}`,
      `--nodes=Entity:Technology=${join(dir, 'nodes-Technology.csv')}`,
      `--relationships=REGULATES=${join(dir, 'relationships-REGULATES.csv')}`,
    ]);
    const d = ARRAY_DELIMITER;
    expect(readFileSync(join(dir, 'nodes-Instrument.csv'), 'utf8')).toBe(
      ':ID,adopted:date,aliases:string[],id:string,inForce:boolean,name:string,searchKeys:string[]\n' +
        `0,2020-01-02,"x${d}y","a",true,"Act ""one""\nsecond line","act ""one"" second line${d}x${d}y"\n` +
        `1,,,"b",,"Act, two","act, two"\n`,
    );
    // A property with whole and fractional numbers is written as doubles.
    expect(readFileSync(join(dir, 'relationships-REGULATES.csv'), 'utf8')).toBe(
      ':START_ID,:END_ID,key:string,modes:string[],rank:double\n0,2,"k1","ban",3\n1,2,"k2",,2.5\n',
    );
  });

  it('refuses what the import would store otherwise than the loader, naming the entity and property', async () => {
    const empty = writeImportFiles(tempDir(), [law('a', { name: 'A', aliases: [] })], []);
    await expect(empty).rejects.toThrow(
      new ImportInputError('a.aliases is an empty list, which the import cannot store'),
    );
    const mixed = writeImportFiles(
      tempDir(),
      [law('a', { name: 'A', year: 2020 }), law('b', { name: 'B', year: '2020' })],
      [],
    );
    await expect(mixed).rejects.toThrow('Instrument property year holds both long and string values');
    const control = writeImportFiles(tempDir(), [law('a', { name: 'A', aliases: [`x${ARRAY_DELIMITER}y`] })], []);
    await expect(control).rejects.toThrow('a.aliases holds a control character (U+001F)');
    const label = writeImportFiles(tempDir(), [{ label: 'Law=/etc/x' as 'Instrument', id: 'a', props: {} }], []);
    await expect(label).rejects.toThrow('"Law=/etc/x" is not a label or type of the ontology');
    const twice = writeImportFiles(tempDir(), [law('a', { name: 'A' }), law('a', { name: 'B' })], []);
    await expect(twice).rejects.toThrow('a is given twice');
    const edge: EdgeRow = { type: 'REGULATES', from: 'a', to: 'nowhere', key: 'k', props: {} };
    const missing = writeImportFiles(tempDir(), [law('a', { name: 'A' })], [edge]);
    await expect(missing).rejects.toThrow('REGULATES a → nowhere (k) names nowhere, which is not in the rows');
  });

  it("reads the tool's phases from its steps", () => {
    const output = [
      'Nodes, started 2026-11-27 07:06:51.746+0000',
      '[*:1.004GiB---]    0 ∆    0',
      'Done in 1m 1s 119ms',
      'Prepare node index, started 2026-11-27 07:06:52.871+0000',
      'Done in 335ms',
      'Relationships, started 2026-11-27 07:06:53.226+0000',
      'Done in 1s 983ms',
      'Relationship --> Relationship 1-24/24, started 2026-11-27 07:06:55.375+0000',
      'Done in 157ms',
      'Node counts and label index build, started 2026-11-27 07:06:56.903+0000',
      'Done in 33ms',
      'Relationship counts and relationship type index build, started 2026-11-27 07:06:57.049+0000',
      'Done in 1h 93ms',
      'IMPORT DONE in 9s 217ms.',
    ].join('\n');
    const phases = importPhases(output);
    expect(phases.nodes).toBeCloseTo(61.119);
    expect(phases.relationships).toBeCloseTo(0.335 + 1.983 + 0.157);
    expect(phases.post).toBeCloseTo(0.033 + 3600.093);
  });
});
