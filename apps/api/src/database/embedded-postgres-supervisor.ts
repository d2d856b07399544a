import { Backoff } from '../common/backoff.util';
import type { EmbeddedPostgres } from './embedded-postgres';

const CHECK_MS = 500;

export interface SupervisorLog {
  warn(message: string): void;
  log(message: string): void;
  error(message: string): void;
}

/**
 * Keeps the embedded server alive: when its process is gone (killed, crashed,
 * or shut down by someone else) it is started again on the same port, so the
 * pool and every listening connection reconnect by themselves. While it is
 * away the api answers health with 503 and the collectors pause.
 */
export class EmbeddedPostgresSupervisor {
  private timer: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;
  private readonly backoff = new Backoff(250, 5000);
  private stopped = false;

  constructor(
    private readonly server: EmbeddedPostgres,
    private readonly logger: SupervisorLog,
  ) {}

  start(): this {
    this.timer = setInterval(() => this.check(), CHECK_MS).unref();
    return this;
  }

  /** Before a deliberate stop, so the supervisor does not start the server again. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.restarting;
  }

  private check(): void {
    if (this.stopped || this.restarting || !this.server.started) return;
    if (this.server.isRunning()) return;
    this.logger.warn('embedded PostgreSQL is not running: starting it again');
    this.restarting = this.restart().finally(() => {
      this.restarting = undefined;
    });
  }

  private async restart(): Promise<void> {
    const began = Date.now();
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.server.restart();
        this.backoff.reset();
        this.logger.log(
          `embedded PostgreSQL is running again after ${((Date.now() - began) / 1000).toFixed(1)} s`,
        );
        return;
      } catch (error) {
        // After a kill -9 the old server's backends may hold its shared memory for a moment.
        const message = error instanceof Error ? error.message : String(error);
        const log = attempt === 1 ? 'warn' : 'error';
        this.logger[log](
          `starting embedded PostgreSQL failed (attempt ${attempt}): ${message.split('\n').slice(-3).join(' ')}`,
        );
        await new Promise((resolve) =>
          setTimeout(resolve, this.backoff.next()),
        );
      }
    }
  }
}
