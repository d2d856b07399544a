module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testTimeout: 90_000,
  // One browser and one server at a time: the machines have two cores.
  maxWorkers: 1,
};
