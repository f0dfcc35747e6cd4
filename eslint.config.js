import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.cache/**', '.data/**', '.tmp/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      // The driver lives in one module (STYLE.md): nobody else imports it.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only packages/api/src/graph talks to neo4j-driver.' }] },
      ],
    },
  },
  {
    files: ['packages/api/src/graph/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lacuna/api', '**/api/src/**'],
              message: 'The dashboard talks to the API only through GraphQL.',
            },
          ],
        },
      ],
    },
  },
);
