import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import vite from './vite.config.mts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default mergeConfig(
  vite,
  defineConfig({
    test: {
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'happy-dom',
      setupFiles: [here('./test/setup.ts')],
      // Two cores shared by several engineers: a few workers are plenty for a short suite.
      maxWorkers: 2,
      testTimeout: 10_000,
    },
  }),
);
