import { MigrationInterface, QueryRunner } from 'typeorm';
import { countTopicSources } from './1766100000000-TopicSourceHours';

/**
 * stats.count_topic_sources reads each changed mention's item by its primary
 * key. Joined, the planner hashed all of item while it was small enough
 * (tens of thousands of rows): a scan per statement, 200 mentions per poll.
 * What is counted is unchanged.
 */
export class TopicSourceLookups1766110000000 implements MigrationInterface {
  name = 'TopicSourceLookups1766110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(countTopicSources('CREATE OR REPLACE', 'looked-up'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(countTopicSources('CREATE OR REPLACE', 'joined'));
  }
}
