import {
  DynamicModule,
  MiddlewareConsumer,
  Module,
  NestModule,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BodyGuardMiddleware } from './common/body-guard.middleware';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions, runMigrations } from './database/data-source';
import {
  AccountCollectionModule,
  AccountsModule,
} from './modules/accounts/accounts.module';
import { AlertsModule } from './modules/alerts/alerts.module';
import { AuthModule } from './modules/auth/auth.module';
import { ColumnsModule } from './modules/columns/columns.module';
import { CollectorModule } from './modules/collector/collector.module';
import { DemoModule } from './modules/demo/demo.module';
import { HealthModule } from './modules/health/health.module';
import { LiveModule } from './modules/live/live.module';
import { MentionsModule } from './modules/mentions/mentions.module';
import { SourcesModule } from './modules/sources/sources.module';
import { StatsCompactionModule } from './modules/stats/stats-compaction.module';
import { StatsModule } from './modules/stats/stats.module';
import { TopicsModule } from './modules/topics/topics.module';

/** TypeORM on `databaseUrl`, migrated before anything uses it. */
export function databaseModule(databaseUrl: string): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => dataSourceOptions(databaseUrl),
    dataSourceFactory: async (options) => {
      const dataSource = await new DataSource(options!).initialize();
      await runMigrations(dataSource);
      return dataSource;
    },
  });
}

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BodyGuardMiddleware).forRoutes('{*path}');
  }

  /** `databaseUrl` is the configured one or the embedded server's. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const apiModules = config.roles.has('api')
      ? [
          StatsModule,
          SourcesModule,
          LiveModule,
          MentionsModule,
          ColumnsModule,
          AccountsModule,
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        databaseModule(databaseUrl),
        AuthModule,
        HealthModule,
        CollectorModule,
        TopicsModule,
        AlertsModule,
        DemoModule,
        AccountCollectionModule,
        StatsCompactionModule,
        ...apiModules,
      ],
    };
  }
}
