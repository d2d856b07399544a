import {
  INestApplication,
  LoggerService,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { securityHeaders } from './common/security-headers';
import { validationException } from './common/validation-errors';
import {
  MAX_JSON_BYTES,
  explainUnreadableJson,
  refuseDeepBodies,
  MAX_OPML_BYTES,
  OPML_TYPES,
  requireJsonBodies,
} from './common/json-body.util';
import { setupOpenApi } from './openapi';
import { AuthService, GeneratedTokens } from './modules/auth/auth.service';
import { DemoRepository } from './modules/demo/demo.repository';
import { PostgresIoAdapter } from './modules/live/postgres-io.adapter';

export interface RunningLyt {
  app: INestApplication;
  /** Where it listens, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Tokens generated at this start: show them once. */
  generatedTokens: GeneratedTokens;
  /** The demo workspace is in the database (seeded now or at an earlier start, not removed). */
  demoActive: boolean;
}

/** Builds and starts the Nest application on an already running database. */
export async function startLyt(
  config: AppConfig,
  databaseUrl: string,
  logger: LoggerService,
): Promise<RunningLyt> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      logger,
      // Open keep-alive and socket connections must not hold up a shutdown.
      forceCloseConnections: true,
      // JSON only, parsed below with limits of our own.
      bodyParser: false,
    },
  );
  app.use(requireJsonBodies);
  app.useBodyParser('json', { limit: MAX_JSON_BYTES });
  app.useBodyParser('text', { type: OPML_TYPES, limit: MAX_OPML_BYTES });
  app.use(explainUnreadableJson);
  app.use(refuseDeepBodies);
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  if (config.roles.has('api')) {
    app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
    setupOpenApi(app);
    serveDashboard(app, config.dashboardDir);
  }
  await app.init();
  // Tokens are for people, who reach the api: a collector-only replica neither makes nor prints them.
  const generatedTokens = config.roles.has('api')
    ? await app.get(AuthService).prepareTokens()
    : {};
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const demoActive = await app.get(DemoRepository).isActive();
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    generatedTokens,
    demoActive,
  };
}

/** The built React app at `/`, and its index.html for every client-side route (`/explore`, `/screen`, …). */
function serveDashboard(
  app: NestExpressApplication,
  dashboardDir: string,
): void {
  const indexHtml = join(dashboardDir, 'index.html');
  app.useStaticAssets(dashboardDir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      request.method === 'GET' &&
      !/^\/(api|socket\.io)(\/|$)/.test(request.path);
    if (!isPage || !request.accepts('html')) return next();
    if (!existsSync(indexHtml)) {
      response
        .status(503)
        .type('text')
        .send(
          `The dashboard is not built: run "npm run build" (looked in ${dashboardDir}).`,
        );
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
