import { Logger } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import {
  LIVE_NAMESPACE,
  type LiveClientEvents,
  type LiveServerEvents,
  type Role,
} from '@lyt/contracts';
import { AuthService } from '../auth/auth.service';
import { MentionEvents } from './mention-events';

type SocketData = { role: Role };
export type LiveNamespace = Namespace<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  SocketData
>;
export type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  SocketData
>;

/**
 * The `/live` namespace. A connection is let in only with a viewer or admin
 * token in the handshake (`auth: {token}`); anything else is refused before it
 * can join a room, so it never receives an event.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<LiveNamespace> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly events: MentionEvents,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.events.attach(namespace);
    namespace.use((socket: LiveSocket, next) => {
      const token: unknown = socket.handshake.auth?.['token'];
      this.auth.roleFor(typeof token === 'string' ? token : null).then(
        (role) => {
          if (!role)
            return next(new Error('unauthorized: a valid token is required'));
          socket.data.role = role;
          next();
        },
        (error: unknown) => {
          this.logger.error(`token check failed: ${String(error)}`);
          next(new Error('unavailable: try again'));
        },
      );
    });
  }
}
