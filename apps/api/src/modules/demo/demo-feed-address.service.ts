import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockPrivateAddresses, type AddressGuard } from '@lyt/feeds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import type { SourceEntity } from '../sources/entities/source.entity';
import { demoFeed } from './demo-feed.generator';

export interface FetchTarget {
  url: string;
  /** Undefined: no address is refused (private feeds allowed, or Lyt's own demo feed). */
  guard: AddressGuard | undefined;
}

const DEMO_PATH = /^\/api\/demo\/feeds\/([^/?#]+)$/;

/**
 * Where the collector fetches a source. A demo source is fetched from this
 * very process's HTTP server (loopback, its own port), at the path of a demo
 * feed this build knows: the SSRF guard is not lifted for any other address,
 * and a demo source cannot point anywhere else, whatever its stored URL says.
 */
@Injectable()
export class DemoFeedAddress {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: HttpAdapterHost,
  ) {}

  async target(source: SourceEntity): Promise<FetchTarget> {
    const guard = this.config.allowPrivateFeeds
      ? undefined
      : blockPrivateAddresses;
    if (!source.demo) return { url: source.url, guard };
    const url = new URL(source.url);
    const file = DEMO_PATH.exec(url.pathname)?.[1];
    if (!file || !demoFeed(file)) return { url: source.url, guard };
    const own = await this.ownAddress();
    return {
      url: `http://${own}/api/demo/feeds/${file}${url.search}`,
      guard: undefined,
    };
  }

  private async ownAddress(): Promise<string> {
    const server = this.http.httpAdapter.getHttpServer() as Server;
    if (!server.listening)
      await new Promise((resolve) => server.once('listening', resolve));
    const { address, port, family } = server.address() as AddressInfo;
    if (address === '0.0.0.0' || address === '::') return `127.0.0.1:${port}`;
    return family === 'IPv6' ? `[${address}]:${port}` : `${address}:${port}`;
  }
}
