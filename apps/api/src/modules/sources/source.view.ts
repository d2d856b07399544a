import type { Source } from '@lyt/contracts';
import type { SourceEntity } from './entities/source.entity';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The REST shape of a source, with its health. */
export function toSourceView(source: SourceEntity): Source {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    kind: source.kind,
    intervalSeconds: source.intervalSeconds,
    enabled: source.enabled,
    demo: source.demo,
    createdAt: source.createdAt.toISOString(),
    health: {
      lastOkAt: iso(source.lastOkAt),
      lastPolledAt: iso(source.lastPolledAt),
      lastStatus: source.lastStatus,
      lastError: source.lastError,
      errorCount: source.errorCount,
      nextPollAt: source.enabled ? iso(source.nextPollAt) : null,
      itemsSeen: source.itemsSeen,
      lastNewItemAt: iso(source.lastNewItemAt),
    },
  };
}
