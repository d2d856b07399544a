import type { FeedItem } from '@lyt/contracts';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  CLAIM_STALE_SECONDS,
  CollectorHeartbeat,
} from '../src/modules/collector/collector-heartbeat.service';
import { ItemQueryRepository } from '../src/modules/items/item-query.repository';
import { ItemsService } from '../src/modules/items/items.service';
import { SourcesRepository } from '../src/modules/sources/sources.repository';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { until } from './support/until';

/** How long a statement may take before it counts as waiting on another transaction's lock. */
const BLOCKED_MS = 2000;

type Outcome<T> = { done: true; value: T } | { done: false };

/** What `work` gave within `ms`, or that it was still waiting; `work` goes on either way. */
async function within<T>(work: Promise<T>, ms: number): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([
      work.then((value) => ({ done: true as const, value })),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The two guarantees the collectors rest on, each provoked on purpose rather
 * than hoped for: one transaction is held open at the critical moment while
 * another goes ahead. (Collectors polling real feeds collide too rarely to
 * prove anything, more so when the per-host limit spaces their fetches.)
 */
describe('concurrent collectors', () => {
  let database: TestDatabase;
  let app: TestApp;
  let sources: SourcesRepository;
  let items: ItemsService;
  let query: ItemQueryRepository;
  let dataSource: DataSource;
  const clients: Client[] = [];

  const connect = async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    clients.push(client);
    return client;
  };

  /** Another collector process: its row in `collector`, alive while `client` is connected. */
  const otherCollector = async (client: Client): Promise<string> => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO collector (host, pid, backend_pid) VALUES ('elsewhere', 1, pg_backend_pid()) RETURNING id`,
    );
    return rows[0]!.id;
  };

  /** Due sources, each on a host of its own (127.0.0.2, 127.0.0.3, …), none claimed. */
  const dueSources = async (count: number): Promise<string[]> => {
    const rows: { id: string }[] = await dataSource.query(
      `INSERT INTO source (name, url, next_poll_at)
       SELECT 'Feed ' || n, 'http://127.0.0.' || (n + 1) || ':8080/feed', now() - interval '1 minute'
         FROM generate_series(1, $1) AS n
       RETURNING id`,
      [count],
    );
    return rows.map((row) => row.id);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    // The api role only: no scheduler of its own claims the sources these tests set up.
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    sources = app.app.get(SourcesRepository);
    items = app.app.get(ItemsService);
    query = app.app.get(ItemQueryRepository);
    dataSource = app.app.get<DataSource>(getDataSourceToken());
    const topic = await app.request('/api/topics', {
      method: 'POST',
      body: { name: 'Novo', kind: 'company', query: 'novo' },
    });
    expect(topic.status).toBe(201);
  });
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    await app.close();
    await database.drop();
  });
  beforeEach(async () => {
    await dataSource.query(`DELETE FROM source`);
    await dataSource.query(`DELETE FROM collector WHERE host = 'elsewhere'`);
  });

  /** This app's own collector identity. */
  const me = () => app.app.get(CollectorHeartbeat).id;

  describe(SourcesRepository.name, () => {
    describe('claimDue', () => {
      it('neither waits for nor takes the sources another collector is claiming', async () => {
        const ids = await dueSources(10);
        const other = await connect();
        const otherId = await otherCollector(other);
        const theirs = ids.slice(0, 4);
        // The other collector's claim, caught before its commit: its rows are locked, the change unseen.
        await other.query('BEGIN');
        await other.query(
          `UPDATE source SET claimed_by = $1 WHERE id = ANY($2::uuid[])`,
          [otherId, theirs],
        );

        const claiming = sources.claimDue(me(), 10, CLAIM_STALE_SECONDS);
        const claim = await within(claiming, BLOCKED_MS);
        await other.query('COMMIT');
        const ours = (await claiming).map((source) => source.id);

        expect(claim.done).toBe(true);
        expect(ours.filter((id) => theirs.includes(id))).toEqual([]);
        expect([...ours].sort()).toEqual(ids.slice(4).sort());
      });

      it("leaves a live collector's claims alone and takes a dead one's at once", async () => {
        const [id] = await dueSources(1);
        const other = await connect();
        const otherId = await otherCollector(other);
        await other.query(`UPDATE source SET claimed_by = $1 WHERE id = $2`, [
          otherId,
          id,
        ]);

        expect(await sources.claimDue(me(), 10, CLAIM_STALE_SECONDS)).toEqual(
          [],
        );

        // Killed: its connection, and the server process behind it, end.
        await other.end();
        const taken = await until(
          async () => {
            const claimed = await sources.claimDue(
              me(),
              10,
              CLAIM_STALE_SECONDS,
            );
            return claimed.length > 0 && claimed;
          },
          1000,
          'the dead collector’s source claimed',
        );
        expect(taken.map((source) => source.id)).toEqual([id]);
      });

      it('takes the claims of a collector whose heartbeat went stale, though its connection lingers', async () => {
        const [id] = await dueSources(1);
        const other = await connect();
        const otherId = await otherCollector(other);
        await other.query(
          `UPDATE collector SET heartbeat_at = now() - make_interval(secs => $2) WHERE id = $1`,
          [otherId, CLAIM_STALE_SECONDS + 1],
        );
        await other.query(`UPDATE source SET claimed_by = $1 WHERE id = $2`, [
          otherId,
          id,
        ]);

        const taken = await sources.claimDue(me(), 10, CLAIM_STALE_SECONDS);
        expect(taken.map((source) => source.id)).toEqual([id]);
      });
    });
  });

  describe(ItemsService.name, () => {
    const feedItem = (guid: string): FeedItem => ({
      guid,
      url: `https://example.dk/${guid}`,
      title: `Novo ${guid}`,
      text: `Novo Nordisk udvider i Kalundborg (${guid})`,
      author: null,
      publishedAt: new Date().toISOString(),
      hashtags: [],
      mediaUrl: null,
      language: 'da',
    });

    describe('store', () => {
      it('makes mentions visible in stream order: a reader that saw one has seen every earlier one', async () => {
        const [first, second] = await dueSources(2);
        // The first poll is held in the middle of its commit, its place in the stream drawn
        // (what COMMIT runs first: the deferred trigger, fired here on its own)…
        const held = dataSource.createQueryRunner();
        await held.connect();
        await held.startTransaction();
        try {
          await items.store(
            held.manager,
            first!,
            await items.prepare([feedItem('held')]),
          );
          await held.query(
            'SET CONSTRAINTS item_stream_request_published IMMEDIATE',
          );
          // …while the second stores and commits.
          const storing = items.ingest(second!, [feedItem('quick')]);
          const waited = await within(storing, BLOCKED_MS);
          expect(waited.done).toBe(false);

          // A screen reads the stream as the live relay does, then resumes after the last it saw.
          const seen = await query.inSeqRange(
            '0',
            await query.lastSeq(),
            {},
            100,
          );
          await held.commitTransaction();
          await storing;
          const after = seen.at(-1)?.id ?? '0';
          const resumed = await query.inSeqRange(
            after,
            await query.lastSeq(),
            {},
            100,
          );

          const titles = [...seen, ...resumed].map((mention) => mention.title);
          expect(titles).toEqual(['Novo held', 'Novo quick']);
          // Each request to publish was answered at its commit and removed.
          expect(
            await dataSource.query(
              'SELECT count(*)::int AS requests FROM item_stream_request',
            ),
          ).toEqual([{ requests: 0 }]);
        } finally {
          if (held.isTransactionActive) await held.rollbackTransaction();
          await held.release();
        }
      });

      it('gives no place in the stream to an item that is gone: deleted, with its source while its poll commits, or truncated', async () => {
        const dangling = async () =>
          (
            await dataSource.query(
              `SELECT count(*)::int AS places FROM item_stream st
                WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.id = st.item_id)`,
            )
          )[0].places;
        const [kept, racing] = await dueSources(2);
        await items.ingest(kept!, [feedItem('kept'), feedItem('deleted')]);
        await dataSource.query(`DELETE FROM item WHERE guid = 'deleted'`);
        expect(await dangling()).toBe(0);

        // A poll holds its commit with its places drawn while its source is deleted.
        const held = dataSource.createQueryRunner();
        await held.connect();
        await held.startTransaction();
        try {
          await items.store(
            held.manager,
            racing!,
            await items.prepare([feedItem('racing')]),
          );
          await held.query(
            'SET CONSTRAINTS item_stream_request_published IMMEDIATE',
          );
          const deleting = dataSource.query(
            `DELETE FROM source WHERE id = $1`,
            [racing],
          );
          expect((await within(deleting, BLOCKED_MS)).done).toBe(false);
          await held.commitTransaction();
          await deleting;
        } finally {
          if (held.isTransactionActive) await held.rollbackTransaction();
          await held.release();
        }
        expect(await dangling()).toBe(0);
        const titles = (
          await query.inSeqRange('0', await query.lastSeq(), {}, 100)
        ).map((mention) => mention.title);
        expect(titles).toEqual(['Novo kept']);

        await dataSource.query(`TRUNCATE item CASCADE`);
        expect(
          await dataSource.query(
            'SELECT count(*)::int AS places FROM item_stream',
          ),
        ).toEqual([{ places: 0 }]);
      });
    });
  });
});
