import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from './generate.js';
import { ROOT } from './neo4j/embedded.js';

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))('%s is current (run pnpm generate)', (path, content) => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
  });
});
