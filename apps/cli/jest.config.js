module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'cli',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Most specs start `lyt` as a real process (Node + swc compiling the CLI): seconds each on a busy machine.
  testTimeout: 60_000,
};
