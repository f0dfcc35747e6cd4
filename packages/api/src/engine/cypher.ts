/** Named Cypher queries, read once from engine/cypher/*.cypher (each file states intent, parameters, columns). */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}
