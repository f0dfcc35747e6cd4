import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.cache/**',
      '.data/**',
      '.tmp/**',
      'artifacts/**',
      // Written by GraphQL Code Generator (pnpm --filter @lacuna/web codegen); checked by a test instead.
      'packages/web/src/generated/**',
    ],
  },
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
    files: ['packages/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lacuna/api', '**/api/src/**'],
              message: 'The dashboard talks to the API only through GraphQL.',
            },
            {
              regex: '^(d3-[a-z-]+|topojson-client|world-atlas/.*|us-atlas/.*)$',
              message: 'd3 is wrapped in src/viz/d3 only: use its components so views stay plain React.',
            },
            {
              regex: '^cytoscape(-[a-z]+)?$',
              message: 'Cytoscape is wrapped in src/viz/cytoscape only: use GraphCanvas.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/viz/d3/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lacuna/api', '**/api/src/**'],
              message: 'The dashboard talks to the API only through GraphQL.',
            },
            { regex: '^cytoscape(-[a-z]+)?$', message: 'Cytoscape is wrapped in src/viz/cytoscape only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/viz/cytoscape/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lacuna/api', '**/api/src/**'],
              message: 'The dashboard talks to the API only through GraphQL.',
            },
            { regex: '^(d3-[a-z-]+|topojson-client)$', message: 'd3 is wrapped in src/viz/d3 only.' },
          ],
        },
      ],
    },
  },
);
