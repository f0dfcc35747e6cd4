/**
 * GraphQL Code Generator: the dashboard's API types come from the schema that `pnpm generate` writes
 * (src/generated/schema.graphql) and the operations in src/graphql. Run `pnpm --filter @lacuna/web codegen`.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => new URL(path, import.meta.url).pathname;

export const OUTPUT = here('./src/generated/graphql.ts');

const config: CodegenConfig = {
  schema: here('./src/generated/schema.graphql'),
  documents: here('./src/graphql/*.graphql'),
  generates: {
    [OUTPUT]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', JSON: 'unknown', ID: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
