import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// tsc leaves `@lyt/*` imports as they are; in dist the libraries sit beside the
// app (dist/apps/api/libs/*), so map the aliases there before anything loads them.
if (__filename.endsWith('.js')) {
  register({
    baseUrl: join(__dirname, '..', '..', '..'),
    paths: { '@lyt/*': ['libs/*/src/index.js'] },
  });
}
