import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a binding kept on purpose, e.g. a property left out of a
      // rest spread (`const { passwordHash: _p, ...safe } = user`).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'data/**',
    'node_modules/**',
    'db/migrations/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    'tmp/**',
    'next-env.d.ts',
  ]),
]);
