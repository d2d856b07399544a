import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CompiledQuery,
  compileQuery,
  indexTopics,
  prepareDocument,
} from '@lyt/matching';
import { step } from '../../common/step-timer.util';
import type { TopicMatch } from '../items/item.types';
import { ItemsRepository } from '../items/items.repository';
import { ItemsService } from '../items/items.service';

interface ActiveTopic {
  id: string;
  stamp: string;
  query: CompiledQuery;
}

interface MatchableDocument {
  id: string;
  title: string | null;
  text: string;
  author: string | null;
  hashtags: string[];
}

/**
 * Turns new items into mentions inside the collector's transaction: each item is
 * tokenised once and tried against every topic. Compiled queries are cached per
 * topic and recompiled only when the topic changed, in this process or another.
 */
@Injectable()
export class TopicMatcher implements OnModuleInit {
  private readonly logger = new Logger(TopicMatcher.name);
  private compiled = new Map<string, ActiveTopic>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsService,
    private readonly itemStore: ItemsRepository,
  ) {}

  onModuleInit(): void {
    this.items.onNewItems(async (manager, items) => {
      const originals = items.filter((item) => item.duplicateOf === null);
      if (originals.length === 0) return;
      const matches = await step('match', async () =>
        matchAll(await this.activeTopics(), originals),
      );
      await step('mention insert', () =>
        this.itemStore.insertMatches(manager, matches),
      );
    });
  }

  private async activeTopics(): Promise<ActiveTopic[]> {
    const rows: { id: string; query: string; stamp: string }[] =
      await this.dataSource.query(
        `SELECT id, query, query_version::text || ':' || md5(query) AS stamp FROM topic`,
      );
    const next = new Map<string, ActiveTopic>();
    for (const row of rows) {
      const cached = this.compiled.get(row.id);
      if (cached?.stamp === row.stamp) {
        next.set(row.id, cached);
        continue;
      }
      try {
        next.set(row.id, {
          id: row.id,
          stamp: row.stamp,
          query: compileQuery(row.query),
        });
      } catch (error) {
        // Stored queries were valid when saved; one that no longer compiles must not stop collection.
        this.logger.error(
          `topic ${row.id} has a query that does not compile: ${String(error)}`,
        );
      }
    }
    this.compiled = next;
    return [...next.values()];
  }
}

/**
 * The mention rows for `documents` × `topics`: one per match, with the terms that
 * hit. Each document is tokenised once; the topic index tries only the topics
 * whose required terms occur in it.
 */
export function matchAll(
  topics: { id: string; query: CompiledQuery }[],
  documents: MatchableDocument[],
): TopicMatch[] {
  const index = indexTopics(
    topics.map((topic) => [topic.id, topic.query] as const),
  );
  const rows: TopicMatch[] = [];
  for (const document of documents) {
    for (const { topic, hits } of index.match(prepareDocument(document))) {
      const terms = [...new Set(hits.map((hit) => hit.term))];
      rows.push({ itemId: document.id, topicId: topic, terms });
    }
  }
  return rows;
}
