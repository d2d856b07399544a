// Shared Jest settings: @swc/jest transpiles (NestJS 12 ships ESM, which
// ts-jest cannot load); type-checking happens in each project's typecheck target.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // htmlparser2 and entities ship ES modules only, as Nest does.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|htmlparser2|entities|domhandler|domutils|domelementtype|dom-serializer)/)',
  ],
  moduleNameMapper: {
    '^@lyt/(contracts|enrichment|feeds|matching|testing)$': path.join(
      root,
      'libs/$1/src/index.ts',
    ),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
