/**
 * Reads the YAML files of a seed folder into raw entity blocks that remember where each value was
 * written, so that every problem can be reported as file:line:column.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { NODES, type NodeLabel } from '@lacuna/model';

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface Problem extends Location {
  /** Entity id and field path, e.g. `eu-gdpr.regulates[2].mode`. */
  field: string;
  message: string;
}

export interface RawBlock {
  label: NodeLabel;
  data: Record<string, unknown>;
  /** Location of a key path inside the block ('' for the block itself). */
  at(path: (string | number)[]): Location;
}

export interface ReadResult {
  blocks: RawBlock[];
  problems: Problem[];
}

const FOLDER_TO_LABEL = new Map(Object.values(NODES).map((n) => [n.seedFolder, n.label] as const));

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`;
}

export function readSeedFolder(root: string): ReadResult {
  const blocks: RawBlock[] = [];
  const problems: Problem[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    const label = FOLDER_TO_LABEL.get(folder);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
    if (!label) {
      if (files.length > 0) {
        const known = [...FOLDER_TO_LABEL.keys()].join(', ');
        problems.push({
          file: relative(process.cwd(), dir),
          line: 1,
          column: 1,
          field: '(folder)',
          message: `unknown folder; expected one of ${known}`,
        });
      }
      continue;
    }
    for (const name of files) readFile(join(dir, name), label, blocks, problems);
  }
  return { blocks, problems };
}

export function readFile(path: string, label: NodeLabel, blocks: RawBlock[], problems: Problem[]): void {
  const file = relative(process.cwd(), path);
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locate = (node: YamlNode | null | undefined): Location => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      problems.push({
        file,
        line,
        column: col,
        field: '(yaml)',
        message: error.message.split('\n')[0] ?? 'invalid YAML',
      });
    }
    return;
  }
  if (doc.contents === null) return;
  if (!isSeq(doc.contents)) {
    problems.push({
      ...locate(doc.contents),
      field: '(file)',
      message: 'a seed file must be a YAML sequence of entity blocks (- id: …)',
    });
    return;
  }
  for (const item of doc.contents.items) {
    if (!isMap(item)) {
      problems.push({
        ...locate(item as YamlNode),
        field: '(block)',
        message: 'each entry must be a mapping (id: …, name: …)',
      });
      continue;
    }
    const map = item as YAMLMap;
    blocks.push({
      label,
      data: map.toJS(doc) as Record<string, unknown>,
      at: (path) => {
        let node: unknown = map;
        let last: YamlNode = map;
        for (const step of path) {
          if (isMap(node) || isSeq(node)) {
            const pair = isMap(node)
              ? node.items.find((p) => (p.key as { value?: unknown })?.value === step)
              : undefined;
            const next: unknown = isMap(node) ? (pair?.value ?? pair?.key) : node.get(step as number, true);
            if (next && typeof next === 'object' && 'range' in next) {
              last = next as YamlNode;
              node = next;
              continue;
            }
          }
          break;
        }
        return locate(last);
      },
    });
  }
}
