module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'feeds',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
