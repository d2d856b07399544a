import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import type { Namespace, Server, ServerOptions } from 'socket.io';
import { LIVE_NAMESPACE } from '@lyt/contracts';

/**
 * Socket.IO across api replicas: broadcasts such as `hidden` reach the sockets of
 * every replica through PostgreSQL NOTIFY, so no other broker is needed.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: Pool;

  constructor(app: INestApplicationContext, databaseUrl: string) {
    super(app);
    this.pool = new Pool({
      connectionString: databaseUrl,
      max: 2,
      application_name: 'lyt-socket.io',
    });
    // A dropped idle connection must not take the process down; the adapter reconnects.
    this.pool.on('error', () => undefined);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(
      createAdapter(this.pool, {
        heartbeatInterval: 5000,
        errorHandler: () => undefined,
      }),
    );
    return server;
  }

  /**
   * With forceCloseConnections, Nest skips Socket.IO's own close, which is what
   * releases the adapter's listening connection: close the adapters here, or the
   * pool would wait for that connection forever.
   */
  override async close(server: Server | Namespace): Promise<void> {
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
