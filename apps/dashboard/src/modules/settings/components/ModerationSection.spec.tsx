// The test server listens on another origin than the page: no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import type { MentionPage } from '@lyt/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json } from '../../../../test/api-server';
import { LiveTestServer, makeMention } from '../../../../test/live-server';
import { createRuntime, type LytRuntime } from '../../../app/runtime';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import type { Language } from '../../../i18n/language';
import { ApiClientProvider } from '../../api/ApiClientProvider';
import { SessionGate } from '../../auth/SessionGate';
import { LiveProvider } from '../../live/LiveProvider';
import { ToastProvider } from '../../ui';
import { ModerationSection } from './ModerationSection';

const HIDDEN: MentionPage = {
  items: [
    makeMention({ id: '1', author: '@skjult@mastodon.social' }),
    makeMention({
      id: '2',
      author: '@slettet@mastodon.social',
      deletedOnPlatform: true,
    }),
  ],
  nextCursor: null,
};

/** Against a real HTTP server that answers as Lyt's `/api/me` and `/api/mentions/hidden` do. */
describe(ModerationSection.name, () => {
  let server: LiveTestServer;
  let runtime: LytRuntime;

  beforeEach(async () => {
    server = await new LiveTestServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type',
      );
      if (request.method === 'OPTIONS')
        return void response.writeHead(204).end();
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path === '/api/me') return json(response, 200, { role: 'admin' });
      if (path === '/api/mentions/hidden') return json(response, 200, HIDDEN);
      if (path === '/api/topics') return json(response, 200, []);
      json(response, 404, { statusCode: 404, message: 'not here' });
    }).start();
    // The socket handshake must accept the admin's token too, or the page signs out once live connects.
    server.validTokens.add('admin-token');
    runtime = createRuntime({ baseUrl: server.url });
    runtime.session.signIn('admin-token');
  });
  afterEach(async () => {
    cleanup();
    runtime.live.dispose();
    await runtime.queryClient.cancelQueries();
    runtime.queryClient.clear();
    await server.stop();
  });

  const show = (language: Language) =>
    render(
      <LanguageProvider initial={language}>
        <QueryClientProvider client={runtime.queryClient}>
          <ApiClientProvider client={runtime.api}>
            <LiveProvider connection={runtime.live}>
              <ToastProvider>
                <SessionGate store={runtime.session}>
                  <ModerationSection />
                </SessionGate>
              </ToastProvider>
            </LiveProvider>
          </ApiClientProvider>
        </QueryClientProvider>
      </LanguageProvider>,
    );

  it.each([
    ['en', 'Show again', 'Deleted on its platform: it stays hidden.'],
    ['da', 'Vis igen', 'Slettet på platformen: den forbliver skjult.'],
  ] as const)(
    'offers Show again for a hidden mention, and says a post deleted on its platform stays hidden (%s)',
    async (language, showAgain, deleted) => {
      show(language);
      const list = await screen.findByTestId('hidden-mentions');
      const card = (id: string) =>
        list.querySelector<HTMLElement>(`[data-mention-id="${id}"]`)!;
      expect(within(card('1')).getByRole('button').textContent).toBe(showAgain);
      expect(within(card('2')).queryByRole('button')).toBeNull();
      expect(within(card('2')).getByText(deleted)).toBeTruthy();
    },
  );
});
