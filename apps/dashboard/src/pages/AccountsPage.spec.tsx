// The test server listens on another origin than the page: no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import type { Role } from '@lyt/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json } from '../../test/api-server';
import { LiveTestServer } from '../../test/live-server';
import { createRuntime, type LytRuntime } from '../app/runtime';
import type { Language } from '../i18n/language';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { ApiClientProvider } from '../modules/api/ApiClientProvider';
import { SessionGate } from '../modules/auth/SessionGate';
import { LiveProvider } from '../modules/live/LiveProvider';
import { ToastProvider } from '../modules/ui';
import { AccountsPage } from './AccountsPage';

/** Against a real HTTP server that answers as Lyt's `/api/me` and an empty `/api/accounts` do. */
describe(AccountsPage.name, () => {
  let server: LiveTestServer;
  let runtime: LytRuntime;
  let role: Role;

  beforeEach(async () => {
    server = await new LiveTestServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type',
      );
      if (request.method === 'OPTIONS')
        return void response.writeHead(204).end();
      if (request.url === '/api/me') return json(response, 200, { role });
      if (request.url?.startsWith('/api/accounts?'))
        return json(response, 200, []);
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

  const show = (language: Language) =>
    render(
      <MemoryRouter initialEntries={['/accounts']}>
        <LanguageProvider initial={language}>
          <QueryClientProvider client={runtime.queryClient}>
            <ApiClientProvider client={runtime.api}>
              <LiveProvider connection={runtime.live}>
                <ToastProvider>
                  <SessionGate store={runtime.session}>
                    <AccountsPage />
                  </SessionGate>
                </ToastProvider>
              </LiveProvider>
            </ApiClientProvider>
          </QueryClientProvider>
        </LanguageProvider>
      </MemoryRouter>,
    );

  it.each<[Language, string, RegExp, string]>([
    [
      'en',
      'No accounts yet',
      /^An admin adds the company’s own accounts, role models and employees on this page\./,
      'Add your own account first',
    ],
    [
      'da',
      'Ingen konti endnu',
      /^En administrator tilføjer virksomhedens egne konti, forbilleder og medarbejdere på denne side\./,
      'Tilføj først jeres egen konto',
    ],
  ])(
    'tells a viewer (%s) that an admin adds accounts, with nothing to click',
    async (language, title, text, adminTitle) => {
      role = 'viewer';
      show(language);
      await screen.findByText(title);
      expect(screen.getByText(text)).toBeTruthy();
      expect(screen.queryByText(adminTitle)).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
    },
  );

  it('asks an admin to add the own account first, with the button to do it', async () => {
    role = 'admin';
    show('en');
    await screen.findByText('Add your own account first');
    expect(screen.queryByText('No accounts yet')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add account' })).toBeTruthy();
  });
});
