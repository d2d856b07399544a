import type { Topic } from '@lyt/contracts';
import type { TopicEntity } from './entities/topic.entity';

export function toTopicView(topic: TopicEntity): Topic {
  return {
    id: topic.id,
    name: topic.name,
    kind: topic.kind,
    query: topic.query,
    color: topic.color,
    demo: topic.demo,
    createdAt: topic.createdAt.toISOString(),
    updatedAt: topic.updatedAt.toISOString(),
    rematch: {
      status: topic.rematchStatus,
      processed: topic.rematchProcessed,
      total: topic.rematchTotal,
      finishedAt: topic.rematchFinishedAt?.toISOString() ?? null,
    },
  };
}
