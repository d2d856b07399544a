import { Module } from '@nestjs/common';
import { ItemQueryRepository } from './item-query.repository';
import { ItemsRepository } from './items.repository';
import { ItemsService } from './items.service';

/**
 * The owner of `item` and `mention`: their row types, storage (through
 * enrichment and the new-item handlers), the stream order (seq) and every
 * read. Loaded in every role.
 */
@Module({
  providers: [ItemsRepository, ItemQueryRepository, ItemsService],
  exports: [ItemsRepository, ItemQueryRepository, ItemsService],
})
export class ItemsModule {}
