import {
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { MentionPage, MentionVisibility } from '@lyt/contracts';
import {
  ItemQueryRepository,
  KeyedMention,
} from '../items/item-query.repository';
import { ItemsRepository } from '../items/items.repository';
import type { MentionFilter } from '../items/mention-filter';
import { MentionEvents } from '../live/mention-events';
import { encodeCursor } from './mention-cursor.util';
import type { MentionListQuery } from './mention-params.util';
import { CSV_BOM, csvHeader, csvLine } from './mentions-csv.util';

/** Rows per query while exporting: memory stays flat however many mentions match. */
export const CSV_PAGE_SIZE = 1000;

@Injectable()
export class MentionsService {
  constructor(
    private readonly query: ItemQueryRepository,
    private readonly items: ItemsRepository,
    private readonly events: MentionEvents,
  ) {}

  /** One page, newest or most engaging first; `nextCursor` is null on the last one. */
  async page({
    filter,
    after,
    limit,
    sort,
  }: MentionListQuery): Promise<MentionPage> {
    // One row more than asked tells whether another page follows, without an empty last page.
    const rows =
      sort === 'engagement'
        ? await this.query.mostEngaging(filter, after, limit + 1)
        : await this.query.newestFirst(filter, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => row.mention),
      nextCursor: rows.length > limit && last ? encodeCursor(last.key) : null,
    };
  }

  /**
   * The CSV export as chunks to stream, one per page of the keyset. The first
   * page is read before this resolves, so that a failing database is still an
   * error response and not a download that breaks off after the header.
   */
  async csv(filter: MentionFilter): Promise<AsyncIterable<string>> {
    const first = await this.query.newestFirst(filter, null, CSV_PAGE_SIZE);
    return this.csvChunks(filter, first);
  }

  /** Hides or shows a mention; screens drop a newly hidden one at once. */
  async setHidden(id: string, hidden: boolean): Promise<MentionVisibility> {
    const change = await this.items.setHidden(id, hidden);
    if (!change) throw new NotFoundException(`no mention ${id}`);
    if (!hidden && change.deletedOnPlatform)
      throw new ConflictException(
        `mention ${id} was deleted on its platform: it stays hidden`,
      );
    // The statement has committed: a screen that reloads on the event no longer gets it.
    if (change.hidden && !change.wasHidden) this.events.hidden(id);
    return { id, hidden: change.hidden };
  }

  private async *csvChunks(
    filter: MentionFilter,
    first: KeyedMention[],
  ): AsyncGenerator<string> {
    yield CSV_BOM + csvHeader();
    let page = first;
    for (;;) {
      if (page.length > 0)
        yield page.map((row) => csvLine(row.mention)).join('');
      const last = page.at(-1);
      if (page.length < CSV_PAGE_SIZE || !last) return;
      page = await this.query.newestFirst(filter, last.key, CSV_PAGE_SIZE);
    }
  }
}
