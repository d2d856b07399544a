import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = process.env['LYT_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
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
