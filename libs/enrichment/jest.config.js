module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'enrichment',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
