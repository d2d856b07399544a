// The test server listens on another origin than the page: no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import type { Mention, MentionPage, Topic } from '@lyt/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json } from '../../../../test/api-server';
import { LiveTestServer, makeMention } from '../../../../test/live-server';
import { createRuntime, type LytRuntime } from '../../../app/runtime';
import type { Language } from '../../../i18n/language';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { ApiClientProvider } from '../../api/ApiClientProvider';
import { MostEngagingPosts } from './MostEngagingPosts';

const topic = (id: string, name: string, kind: Topic['kind']): Topic => ({
  id,
  name,
  kind,
  query: name.toLowerCase(),
  color: '#123456',
  demo: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  rematch: { status: 'done', processed: 0, total: 0, finishedAt: null },
});
const US = topic('11111111-1111-4111-8111-111111111111', 'Nordlys', 'company');
const RIVAL = topic(
  '22222222-2222-4222-8222-222222222222',
  'Rival',
  'competitor',
);

const counted: Mention = makeMention({
  id: '7',
  author: '@larsen@mastodon.social',
  text: 'Nordlys åbner i Odense #dkbiz',
  url: 'https://mastodon.social/@larsen/1',
  source: { id: 's1', name: '#dkbiz on mastodon.social' },
  engagement: {
    likes: 1200,
    boosts: 10,
    replies: 5,
    quotes: 0,
    total: 1215,
    refreshedAt: '2026-11-01T08:00:00.000Z',
  },
});
const fromFeed: Mention = makeMention({
  id: '8',
  author: null,
  title: 'Nordlys i avisen',
  text: 'Nordlys i avisen i dag',
  url: 'https://avis.dk/1',
  source: { id: 's2', name: 'Avisen' },
  engagement: null,
});

/** Against a real HTTP server that answers as Lyt's `/api/topics` and `/api/mentions` do. */
describe(MostEngagingPosts.name, () => {
  let server: LiveTestServer;
  let runtime: LytRuntime;
  let page: MentionPage;
  let asked: URL[];

  beforeEach(async () => {
    page = { items: [counted, fromFeed], nextCursor: null };
    asked = [];
    server = await new LiveTestServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type',
      );
      if (request.method === 'OPTIONS')
        return void response.writeHead(204).end();
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname === '/api/topics')
        return json(response, 200, [US, RIVAL]);
      if (url.pathname === '/api/mentions') {
        asked.push(url);
        return json(response, 200, page);
      }
      json(response, 404, { statusCode: 404, message: 'not here' });
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

  const show = (language: Language = 'en') =>
    render(
      <MemoryRouter>
        <LanguageProvider initial={language}>
          <QueryClientProvider client={runtime.queryClient}>
            <ApiClientProvider client={runtime.api}>
              <MostEngagingPosts period={{ preset: '7d' }} list={null} />
            </ApiClientProvider>
          </QueryClientProvider>
        </LanguageProvider>
      </MemoryRouter>,
    );

  it('asks for the period’s most engaging posts about us and lists them with their counts and a link', async () => {
    show();
    const list = await screen.findByTestId('most-engaging');
    const [first, second] = [...list.children] as HTMLElement[];
    expect(first!.textContent).toContain('@larsen@mastodon.social');
    expect(first!.textContent).toContain('Nordlys åbner i Odense #dkbiz');
    expect(
      within(first!)
        .getAllByRole('listitem')
        .map((count) => count.textContent),
    ).toEqual(['1,200 likes', '10 boosts', '5 replies']);
    expect(
      within(first!)
        .getByRole('link', { name: /Open the post/ })
        .getAttribute('href'),
    ).toBe('https://mastodon.social/@larsen/1');
    expect(second!.textContent).toContain('No counts: a feed');
    screen.getByText(
      'Posts from feeds carry no likes or boosts and come after those with counts.',
    );

    const [query] = asked;
    expect(query!.searchParams.get('sort')).toBe('engagement');
    expect(query!.searchParams.getAll('kind')).toEqual(['company']);
    expect(query!.searchParams.get('limit')).toBe('5');
    const days =
      (Date.parse(query!.searchParams.get('to')!) -
        Date.parse(query!.searchParams.get('from')!)) /
      86_400_000;
    expect(days).toBe(7);
    const all = screen.getByRole('link', {
      name: 'All by engagement in Explore',
    });
    expect(all.getAttribute('href')).toMatch(
      /^\/explore\?kind=company&sort=engagement&from=/,
    );
  });

  it('asks for one topic when it is chosen', async () => {
    show();
    await screen.findByTestId('most-engaging');
    fireEvent.change(screen.getByLabelText('Topic'), {
      target: { value: RIVAL.id },
    });
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]!.searchParams.getAll('topic')).toEqual([RIVAL.id]);
    expect(asked[1]!.searchParams.getAll('kind')).toEqual([]);
  });

  it('says without a feed post nothing about feeds, and in Danish', async () => {
    page = { items: [counted], nextCursor: null };
    show('da');
    await screen.findByTestId('most-engaging');
    screen.getByText('Mest engagerende opslag');
    screen.getByText('1.200 likes');
    expect(screen.queryByText(/Opslag fra feeds/)).toBeNull();
  });

  it('says so when the period has no posts', async () => {
    page = { items: [], nextCursor: null };
    show();
    await screen.findByText('No posts in this period');
  });
});
