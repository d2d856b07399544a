import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { step } from '../../common/step-timer.util';
import type { StoredItem } from '../items/item.types';
import { InterestListsRepository } from '../accounts/lists/interest-lists.repository';
import { ItemsService } from '../items/items.service';
import {
  AlertOutboxRepository,
  NewAlertEvent,
} from './alert-outbox.repository';
import { AlertRulesRepository } from './alert-rules.repository';
import { meetsSelection, SelectionCandidate } from './alert-selection.util';

/**
 * Writes a mention rule's events in the transaction that stores the items and
 * their mentions: an alert exists exactly when its mention does, and a poll
 * that fails leaves neither.
 */
@Injectable()
export class MentionAlerts implements OnApplicationBootstrap {
  constructor(
    private readonly items: ItemsService,
    private readonly rules: AlertRulesRepository,
    private readonly outbox: AlertOutboxRepository,
    private readonly lists: InterestListsRepository,
  ) {}

  /**
   * After every module's init, so after the topic matcher registered: handlers
   * run in the order they were registered, and this one reads the mentions
   * that matching wrote.
   */
  onApplicationBootstrap(): void {
    this.items.onNewItems((manager, items) =>
      step('alerts', () => this.record(manager, items)),
    );
  }

  async record(manager: EntityManager, items: StoredItem[]): Promise<void> {
    const originals = items.filter((item) => item.duplicateOf === null);
    if (originals.length === 0) return;
    const rules = await this.rules.enabled('mention', manager);
    if (rules.length === 0) return;
    const topics = await this.outbox.matchedTopics(
      manager,
      originals.map((item) => item.id),
    );
    // Members change, so read them now, in the poll's transaction: one query for every rule's lists.
    const listSources = await this.lists.sourcesOf(manager, [
      ...new Set(rules.flatMap((rule) => rule.selection.lists)),
    ]);
    const candidates = new Map<string, SelectionCandidate>();
    for (const item of originals)
      candidates.set(item.id, {
        topics: [],
        hashtags: item.hashtags,
        sentiment: item.sentiment.label,
        language: item.language,
        sourceId: item.sourceId,
      });
    for (const { itemId, id, kind } of topics)
      candidates.get(itemId)?.topics.push({ id, kind });
    const events: NewAlertEvent[] = [];
    for (const rule of rules)
      for (const [itemId, candidate] of candidates)
        if (meetsSelection(rule.selection, candidate, listSources))
          events.push({ ruleId: rule.id, itemId, dedupeKey: `item:${itemId}` });
    await this.outbox.addEvents(manager, events);
  }
}
