import type { MentionPage } from '@lyt/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json } from '../../test/api-server';
import { LiveTestServer, when } from '../../test/live-server';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { ApiClientProvider } from '../modules/api/ApiClientProvider';
import { useLiveMentions } from '../modules/live/hooks/useLiveMentions';
import { LiveProvider } from '../modules/live/LiveProvider';
import { mentionKeys } from '../modules/mentions/api/mention-queries';
import { useMentions } from '../modules/mentions/hooks/useMentions';
import { createRuntime, type LytRuntime } from './runtime';

/** What a page does: the newest page from the API, live ones merged on top. */
function Newest() {
  const latest = useMentions({ limit: 10 });
  const mentions = useLiveMentions(
    {},
    { backfill: latest.data?.pages[0]?.items },
  );
  return (
    <ul>
      {mentions.map((mention) => (
        <li key={mention.id}>{mention.text}</li>
      ))}
    </ul>
  );
}

describe(createRuntime.name, () => {
  let server: LiveTestServer;
  let runtime: LytRuntime;
  let tokensSeen: (string | undefined)[];

  beforeEach(async () => {
    tokensSeen = [];
    server = await new LiveTestServer((request, response) => {
      // The test page's origin is not the server's: answer as a CORS-enabled api would.
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type',
      );
      if (request.method === 'OPTIONS')
        return void response.writeHead(204).end();
      tokensSeen.push(request.headers.authorization);
      const page: MentionPage = { items: server.visible(), nextCursor: null };
      if (request.url?.startsWith('/api/mentions')) json(response, 200, page);
      else json(response, 404, { statusCode: 404, message: 'not here' });
    }).start();
    runtime = createRuntime({ baseUrl: server.url });
    runtime.session.signIn('viewer-token');
  });
  afterEach(async () => {
    cleanup();
    runtime.live.dispose();
    await runtime.queryClient.cancelQueries();
    runtime.queryClient.clear();
    await server.stop();
  });

  const wrap = (children: ReactNode) => (
    <LanguageProvider initial="en">
      <QueryClientProvider client={runtime.queryClient}>
        <ApiClientProvider client={runtime.api}>
          <LiveProvider connection={runtime.live}>{children}</LiveProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </LanguageProvider>
  );
  const cachedIds = () =>
    runtime.queryClient
      .getQueriesData<{ pages: MentionPage[] }>({
        queryKey: mentionKeys.lists(),
      })
      .flatMap(
        ([, data]) =>
          data?.pages.flatMap((page) =>
            page.items.map((mention) => mention.id),
          ) ?? [],
      );
  const cacheChanges = (listener: () => void) =>
    runtime.queryClient.getQueryCache().subscribe(listener);

  it('shows the API page, then live mentions on top; a hidden one leaves the view and every cached list', async () => {
    server.publish({ text: 'Første omtale' });
    server.publish({ text: 'Anden omtale' });
    render(wrap(<Newest />));
    runtime.live.connect();
    await screen.findByText('Anden omtale');
    await when(
      runtime.live.subscribeState,
      () => runtime.live.getState().status === 'live',
      'live',
    );

    server.publish({ text: 'Tredje omtale, live' });
    await screen.findByText('Tredje omtale, live');
    expect(
      screen.getAllByRole('listitem').map((item) => item.textContent),
    ).toEqual(['Tredje omtale, live', 'Anden omtale', 'Første omtale']);
    expect(cachedIds()).toEqual(['2', '1']);

    act(() => server.hide('2'));
    await when(
      cacheChanges,
      () => !cachedIds().includes('2'),
      'the cached list to lose mention 2',
    );
    await when(
      (listener) => {
        const observer = new MutationObserver(listener);
        observer.observe(document.body, { childList: true, subtree: true });
        return () => observer.disconnect();
      },
      () => screen.queryByText('Anden omtale') === null,
      'the view to lose mention 2',
    );
    expect(cachedIds()).toEqual(['1']);
  });

  it('forgets what one token read when another signs in', async () => {
    server.publish({ text: 'Kun for den første' });
    render(wrap(<Newest />));
    await screen.findByText('Kun for den første');
    expect(cachedIds()).toEqual(['1']);

    act(() => runtime.session.signIn('another-token-0123456789'));
    expect(cachedIds()).toEqual([]);
    expect(runtime.live.getState().status).toBe('idle');
    // Read again, with the new token.
    await when(
      cacheChanges,
      () => cachedIds().length === 1,
      'the list to be read again',
    );
    expect(tokensSeen).toEqual([
      'Bearer viewer-token',
      'Bearer another-token-0123456789',
    ]);
  });

  it('ends the session when the live stream refuses the token', async () => {
    runtime.session.signIn('rotated-token-0123456789');
    runtime.live.connect();
    await when(
      runtime.session.subscribe,
      () => runtime.session.get().token === null,
      'the session to end',
    );
    expect(runtime.session.get().reason).toBe('rejected');
  });
});
