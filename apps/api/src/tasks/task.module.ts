import { DynamicModule, Module } from '@nestjs/common';
import { databaseModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DemoModule } from '../modules/demo/demo.module';
import { HealthModule } from '../modules/health/health.module';
import { TopicsModule } from '../modules/topics/topics.module';

/**
 * What the command-line tasks need of Lyt: the database, storage with
 * matching, and the demo. No HTTP server, no collector, no alerts (history
 * written in bulk must not page anyone).
 */
@Module({})
export class TaskModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: TaskModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        databaseModule(databaseUrl),
        HealthModule,
        TopicsModule,
        DemoModule,
      ],
    };
  }
}
