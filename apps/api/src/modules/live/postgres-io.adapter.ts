import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { Namespace, Server, ServerOptions } from 'socket.io';
import { LIVE_NAMESPACE } from '@lyt/contracts';
import { isDatabaseUnavailable } from '../../database/database-errors.util';

/** Connecting must not hang on a frozen or unreachable server: the adapter retries instead. */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * Socket.IO across api replicas: broadcasts such as `hidden` reach the sockets of
 * every replica through PostgreSQL NOTIFY, so no other broker is needed. Only
 * `/live` takes sockets; the default namespace refuses every connection.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: ListeningPool;
  private closing = false;

  constructor(app: INestApplicationContext, databaseUrl: string) {
    super(app);
    this.pool = new ListeningPool({
      connectionString: databaseUrl,
      max: 2,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      application_name: 'lyt-socket.io',
    });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    const logger = new Logger('SocketIoAdapter');
    server.adapter(
      createAdapter(this.pool, {
        heartbeatInterval: 5000,
        // A broadcast or heartbeat that meets a stopped database is lost, not fatal.
        errorHandler: (error: Error) => {
          if (!this.closing && !isDatabaseUnavailable(error))
            logger.warn(`broadcast between replicas failed: ${error.message}`);
        },
      }),
    );
    // Socket.IO always opens `/`; nothing is served there, so nothing may connect.
    server.use((_socket, next) =>
      next(new Error(`not found: connect to the ${LIVE_NAMESPACE} namespace`)),
    );
    return server;
  }

  /**
   * With forceCloseConnections, Nest skips Socket.IO's own close, which is what
   * releases the adapter's listening connection: close the adapters here, or the
   * pool would wait for that connection forever.
   */
  override async close(server: Server | Namespace): Promise<void> {
    this.closing = true;
    await super.close(server as Server);
    // Nest hands over the gateway's namespace, not the server.
    const root = 'server' in server ? server.server : server;
    for (const name of ['/', LIVE_NAMESPACE]) {
      const namespace = root.of(name);
      namespace.disconnectSockets(true);
      await namespace.adapter.close();
    }
    await this.pool.end().catch(() => undefined);
  }
}

/**
 * The adapter keeps one client checked out for LISTEN and never gives it an
 * 'error' listener: when the server restarts, that client's error event
 * (57P01) would kill the process, and a client that ended is never released,
 * so two restarts would use up the pool. Every client handed out as a promise
 * (the adapter's way; pool.query uses a callback and handles its own) is
 * released with the error when its connection fails, which removes it from
 * the pool; the adapter then reconnects on its own.
 */
class ListeningPool extends Pool {
  constructor(config: PoolConfig) {
    super(config);
    // An idle client whose server went away: the pool drops it and connects anew when asked.
    this.on('error', () => undefined);
  }

  override connect(): Promise<PoolClient>;
  override connect(
    callback: (
      err: Error | undefined,
      client: PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): void;
  override connect(
    callback?: (
      err: Error | undefined,
      client: PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): Promise<PoolClient> | void {
    if (callback) return super.connect(callback);
    return super.connect().then(guardCheckedOut);
  }
}

function guardCheckedOut(client: PoolClient): PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const onFailure = (error?: Error) => {
    if (released) return;
    released = true;
    client.removeListener('error', onFailure);
    release(error ?? new Error('connection ended'));
  };
  client.on('error', onFailure);
  // Also when the adapter itself closes it: the next 'error' or 'end' must find it released.
  client.once('end', () => onFailure());
  client.release = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('error', onFailure);
    release(error);
  };
  return client;
}
