/** Named Cypher queries, read once from engine/cypher/*.cypher (each file states intent, parameters, columns). */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/** A query's text; a line `// include <name>` stands for that file, a fragment several queries share. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8').replace(
      /^\/\/ include ([a-z-]+)$/gm,
      (_, fragment: string) => cypher(fragment),
    );
    cache.set(name, text);
  }
  return text;
}
