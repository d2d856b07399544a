import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveTestServer, when } from '../../../test/live-server';
import {
  LiveConnection,
  type LiveStatus,
  type LiveView,
} from './live-connection';

describe(LiveConnection.name, () => {
  let server: LiveTestServer;
  let connection: LiveConnection;
  let token: string;
  let unauthorized: number;
  let hidden: string[];
  const detach: (() => void)[] = [];

  beforeEach(async () => {
    server = await new LiveTestServer().start();
    token = 'viewer-token';
    unauthorized = 0;
    hidden = [];
    connection = new LiveConnection({
      url: server.url,
      token: () => token,
      onUnauthorized: () => (unauthorized += 1),
      onHidden: (id) => hidden.push(id),
      reconnectDelayMs: 50,
      reconnectDelayMaxMs: 200,
      notifyEveryMs: 5,
    });
  });
  afterEach(async () => {
    for (const stop of detach.splice(0)) stop();
    connection.dispose();
    await server.stop();
  });

  const status = (wanted: LiveStatus) =>
    when(
      connection.subscribeState,
      () => connection.getState().status === wanted,
      `status ${wanted}`,
    );
  const ids = (view: LiveView) =>
    view.getSnapshot().map((mention) => mention.id);
  const holds = (view: LiveView, expected: string[]) =>
    when(
      view.subscribe,
      () => ids(view).join() === expected.join(),
      `view to hold ${expected.join()} (has ${ids(view).join()})`,
    );
  /** Opens a view as a mounted component would, listening until the test ends. */
  const opened = new Map<LiveView, () => void>();
  const open = (view: LiveView) => {
    const stop = view.subscribe(() => undefined);
    opened.set(view, stop);
    detach.push(stop);
    return view;
  };
  const until = async (condition: () => boolean, what: string) => {
    const deadline = Date.now() + 5_000;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('connects with the token, goes live after the subscribe is answered, and streams newest first', async () => {
    const view = open(connection.view());
    expect(connection.getState().status).toBe('idle');
    connection.connect();
    expect(connection.getState().status).toBe('connecting');
    await status('live');
    expect(server.subscribes).toEqual([{ id: 'v1' }]);

    server.publish();
    server.publish();
    await holds(view, ['2', '1']);
  });

  it('serves several views over one socket, each with only what its filter wants', async () => {
    const lego = open(connection.view({ topics: ['lego'] }));
    const dkbiz = open(connection.view({ hashtags: ['#DKbiz'] }));
    connection.connect();
    await status('live');

    server.publish({
      topics: [{ id: 'lego', name: 'LEGO', kind: 'company', terms: ['lego'] }],
    });
    server.publish({
      topics: [
        { id: 'novo', name: 'Novo', kind: 'competitor', terms: ['novo'] },
      ],
      hashtags: ['dkbiz'],
    });
    server.publish({
      topics: [{ id: 'lego', name: 'LEGO', kind: 'company', terms: ['lego'] }],
      hashtags: ['dkbiz'],
    });

    await holds(lego, ['3', '1']);
    await holds(dkbiz, ['3', '2']);
    // One socket, one subscription per filter, each named.
    expect(server.connections).toBe(1);
    expect(server.subscriptionIds()).toEqual([['v1', 'v2']]);
    expect(server.subscribes).toEqual([
      { id: 'v1', topics: ['lego'] },
      { id: 'v2', hashtags: ['dkbiz'] },
    ]);
  });

  it('shares one subscription between views that want the same, and ends it when the last leaves', async () => {
    const a = open(connection.view({ hashtags: ['#DKbiz'] }));
    const b = open(connection.view({ hashtags: ['dkbiz'] }));
    connection.connect();
    await status('live');
    expect(server.subscribes).toEqual([{ id: 'v1', hashtags: ['dkbiz'] }]);
    server.publish({ hashtags: ['dkbiz'] });
    await holds(a, ['1']);
    await holds(b, ['1']);

    const close = (view: LiveView) => opened.get(view)!();
    close(a);
    expect(server.unsubscribes).toEqual([]);
    close(b);
    await until(() => server.unsubscribes.length === 1, 'the unsubscribe');
    expect(server.unsubscribes).toEqual(['v1']);
    expect(server.subscriptionIds()).toEqual([[]]);
  });

  it('resumes each subscription from the last mention it saw', async () => {
    const lego = open(connection.view({ topics: ['lego'] }));
    const novo = open(connection.view({ topics: ['novo'] }));
    connection.connect();
    await status('live');
    const novoTopic = [
      {
        id: 'novo',
        name: 'Novo',
        kind: 'competitor' as const,
        terms: ['novo'],
      },
    ];
    server.publish(); // 1: lego
    server.publish({ topics: novoTopic }); // 2: novo
    server.publish(); // 3: lego
    await holds(lego, ['3', '1']);
    await holds(novo, ['2']);

    await server.stop();
    await status('reconnecting');
    server.publish({ topics: novoTopic }); // 4: novo, while away
    await server.start();
    await status('live');

    expect(server.subscribes.slice(-2)).toEqual([
      { id: 'v1', topics: ['lego'], since: '3' },
      { id: 'v2', topics: ['novo'], since: '2' },
    ]);
    await holds(novo, ['4', '2']);
    await holds(lego, ['3', '1']);
  });

  it('refuses a filter with something that is not a hashtag instead of showing nothing', () => {
    expect(() => connection.view({ hashtags: ['not a tag'] })).toThrow(
      '"not a tag" is not a hashtag',
    );
  });

  it('resumes after a restart with since = the last mention it saw: nothing missed, nothing twice', async () => {
    const view = open(connection.view());
    connection.connect();
    await status('live');
    server.publish();
    server.publish();
    await holds(view, ['2', '1']);

    await server.stop();
    await status('reconnecting');
    // Committed while the browser was away: the replay must bring them.
    server.publish();
    server.publish();
    await server.start();

    await status('live');
    await holds(view, ['4', '3', '2', '1']);
    expect(server.subscribes.at(-1)).toEqual({ id: 'v1', since: '2' });
    server.publish();
    await holds(view, ['5', '4', '3', '2', '1']);
  });

  it('drops a repeated mention', async () => {
    const view = open(connection.view());
    connection.connect();
    await status('live');
    const first = server.publish();
    await holds(view, ['1']);
    server.resend(first);
    server.publish();
    await holds(view, ['2', '1']);
    expect(connection.recent().map((mention) => mention.id)).toEqual([
      '2',
      '1',
    ]);
  });

  it('removes a hidden mention from every view and from what views opened later receive', async () => {
    const all = open(connection.view());
    const lego = open(connection.view({ topics: ['lego'] }));
    connection.connect();
    await status('live');
    server.publish();
    server.publish();
    await holds(all, ['2', '1']);
    await holds(lego, ['2', '1']);

    server.hide('1');
    await holds(all, ['2']);
    await holds(lego, ['2']);
    expect(hidden).toEqual(['1']);

    const later = open(connection.view());
    expect(ids(later)).toEqual(['2']);
    later.seed([{ ...all.getSnapshot()[0]!, id: '1' }]);
    expect(ids(later)).toEqual(['2']);
  });

  it('keeps a bounded buffer however many mentions arrive', async () => {
    const view = open(connection.view({}, 25));
    connection.connect();
    await status('live');
    for (let index = 0; index < 600; index++) server.publish();
    await when(
      view.subscribe,
      () => view.getSnapshot()[0]?.id === '600',
      'the 600th mention',
    );
    expect(view.getSnapshot()).toHaveLength(25);
    expect(connection.recent()).toHaveLength(200);
  });

  it('back-fills a view from an API page and streams from after its newest mention', async () => {
    const view = open(connection.view());
    connection.connect();
    await status('live');
    const page = [server.publish(), server.publish()].reverse();
    await holds(view, ['2', '1']);

    const other = new LiveConnection({
      url: server.url,
      token: () => token,
      notifyEveryMs: 5,
    });
    const fresh = open(other.view());
    fresh.seed(page);
    expect(ids(fresh)).toEqual(['2', '1']);
    other.connect();
    await when(
      other.subscribeState,
      () => other.getState().status === 'live',
      'the second tab to go live',
    );
    expect(server.subscribes.at(-1)).toEqual({ id: 'v1', since: '2' });
    other.dispose();
  });

  it('says unauthorized, and stops trying, when the token is refused', async () => {
    token = 'wrong-token-123';
    connection.connect();
    await status('unauthorized');
    expect(unauthorized).toBe(1);
    expect(connection.getState().error).toMatch(/^unauthorized/);
  });

  it('is told its token was rotated: the server closes the socket and the retry is refused', async () => {
    open(connection.view());
    connection.connect();
    await status('live');
    server.rotate('viewer-token', 'new-viewer-token');
    await status('unauthorized');
    expect(unauthorized).toBe(1);
  });

  it('says offline after several failed attempts, and goes live again when the server is back', async () => {
    open(connection.view());
    connection.connect();
    await status('live');
    await server.stop();
    await status('offline');
    await server.start();
    await status('live');
  });

  it('stops on disconnect and goes idle', async () => {
    connection.connect();
    await status('live');
    connection.disconnect();
    expect(connection.getState().status).toBe('idle');
    await when(
      (listener) => {
        const timer = setInterval(listener, 10);
        return () => clearInterval(timer);
      },
      () => server.openSockets() === 0,
      'the server to see the socket go',
    );
  });
});
