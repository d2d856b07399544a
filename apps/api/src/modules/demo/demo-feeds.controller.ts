import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query,
  Res,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { FEED_LIMITS } from '@lyt/feeds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { Public } from '../auth/access.decorator';
import { demoFeed, demoFeedHealth, demoPosts } from './demo-feed.generator';
import { renderDemoFeed } from './demo-feed.renderer';
import { demoImage } from './demo-image.util';

/** How far back a demo feed reaches, and how many posts it shows at most, newest first. */
const FEED_WINDOW_MS = 6 * 60 * 60 * 1000;
const FEED_MAX_POSTS = 30;

/**
 * The demo feed generator, served by every Lyt process (collector-only ones
 * too: a collector fetches its demo feeds from its own process). Open without
 * a token: it holds nothing but invented posts, and an RSS reader may follow it.
 */
@ApiExcludeController()
@Public()
@Controller('demo')
export class DemoFeedsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('feeds/:file')
  async feed(
    @Param('file') file: string,
    @Query('start') start: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const feed = demoFeed(file);
    if (!feed) throw new NotFoundException(`no demo feed ${file}`);
    const now = Date.now();
    // The outages count from the demo's seeding (in the URL), else from the epoch.
    const since = /^\d{1,13}$/.test(start ?? '') ? Number(start) * 1000 : 0;
    const health = demoFeedHealth(feed, now, since);
    if (health === 'timeout') {
      // Longer than the collector waits: it gives up and records a timeout.
      await new Promise((resolve) =>
        setTimeout(resolve, FEED_LIMITS.timeoutMs + 5000).unref(),
      );
      response.status(504).type('text').send('demo: the forum is overloaded');
      return;
    }
    if (health === 'unavailable') {
      response
        .status(503)
        .type('text')
        .send('demo: the forum is down for maintenance');
      return;
    }
    const posts = demoPosts(feed, now - FEED_WINDOW_MS, now, {
      origin: this.config.publicUrl,
    }).slice(-FEED_MAX_POSTS);
    const selfUrl = `${this.config.publicUrl}/api/demo/feeds/${feed.file}`;
    const rendered = renderDemoFeed(feed, posts, selfUrl);
    response
      .status(200)
      .setHeader('Cache-Control', 'no-store')
      .type(rendered.contentType)
      .send(rendered.body);
  }

  @Get('images/:file')
  image(@Param('file') file: string, @Res() response: Response): void {
    const match = /^([1-9])\.png$/.exec(file);
    const bytes = match ? demoImage(Number(match[1])) : null;
    if (!bytes) throw new NotFoundException(`no demo image ${file}`);
    response
      .status(200)
      .setHeader('Cache-Control', 'public, max-age=86400')
      .type('image/png')
      .send(bytes);
  }
}
