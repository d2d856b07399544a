import { ConsoleLogger } from '@nestjs/common';
import { loadConfig } from '../../src/config/app-config';
import { RunningLyt, startLyt } from '../../src/bootstrap';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const VIEWER_TOKEN = 'test-viewer-token-0123456789';

export interface TestApp extends RunningLyt {
  close(): Promise<void>;
  /** fetch under the app's URL, with the given token as a bearer token. */
  request(
    path: string,
    options?: { token?: string | null; method?: string; body?: unknown },
  ): Promise<Response>;
}

/** The real application on a free port, against `databaseUrl`, with fixed tokens unless `env` says otherwise. */
export async function startTestApp(
  databaseUrl: string,
  env: Record<string, string | undefined> = {},
): Promise<TestApp> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LYT_ADMIN_TOKEN: ADMIN_TOKEN,
    LYT_VIEWER_TOKEN: VIEWER_TOKEN,
    LYT_ALLOW_PRIVATE_FEEDS: 'true',
    // Tests start from a database they fill themselves; the demo's own specs turn it on.
    LYT_DEMO: 'false',
    ...env,
  });
  const running = await startLyt(
    config,
    databaseUrl,
    new ConsoleLogger({ logLevels: ['error', 'fatal'] }),
  );
  return {
    ...running,
    close: () => running.app.close(),
    request: (path, { token = ADMIN_TOKEN, method = 'GET', body } = {}) =>
      fetch(`${running.url}${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
