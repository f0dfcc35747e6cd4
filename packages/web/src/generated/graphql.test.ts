/**
 * The committed API types must be what GraphQL Code Generator makes from the committed schema and
 * operations: run `pnpm --filter @lacuna/web codegen` after changing either.
 */
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config, { OUTPUT } from '../../codegen';

describe('generated API types', () => {
  it('are current', async () => {
    const outputs = (await generate({ ...config, hooks: {}, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    const output = outputs.find((o) => o.filename === OUTPUT);
    expect(output, 'codegen produced no output').toBeDefined();
    const options = (await resolveConfig(OUTPUT)) ?? {};
    const expected = await format(output?.content ?? '', { ...options, filepath: OUTPUT });
    expect(readFileSync(OUTPUT, 'utf8') === expected, 'stale: run pnpm --filter @lacuna/web codegen').toBe(true);
  }, 60_000);
});
