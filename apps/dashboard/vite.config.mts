import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = process.env['LYT_API_URL'] ?? 'http://localhost:3000';

/** Everything the built page is made of: the same sources give the same build id on every machine. */
const BUILD_INPUTS = [
  here('index.html'),
  here('src'),
  here('../../libs/contracts/src'),
  here('../../libs/matching/src'),
  here('../../package-lock.json'),
];

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [path];
  }
}

/**
 * Stamps a build id into the page (`import.meta.env.LYT_BUILD`) and beside it
 * (`build.json`, which the api tells in GET /api/health): a hash of the
 * sources, or LYT_BUILD_ID when a deployment names its builds. Only for
 * `vite build`: the dev server and tests have no build and never reload.
 */
function buildStamp(): Plugin {
  let build = '';
  return {
    name: 'lyt-build-stamp',
    apply: 'build',
    config() {
      const hash = createHash('sha256');
      for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
        hash.update(file.slice(here('../..').length));
        hash.update(readFileSync(file));
      }
      build = process.env['LYT_BUILD_ID'] ?? hash.digest('hex').slice(0, 16);
      return { define: { 'import.meta.env.LYT_BUILD': JSON.stringify(build) } };
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'build.json',
        source: `${JSON.stringify({ build })}\n`,
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [react(), buildStamp()],
  resolve: {
    alias: {
      '@lyt/contracts': here('../../libs/contracts/src/index.ts'),
      '@lyt/matching': here('../../libs/matching/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/apps/dashboard'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
