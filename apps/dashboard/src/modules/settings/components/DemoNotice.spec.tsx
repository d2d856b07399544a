// The test server listens on another origin than the page: no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import type { DemoRemoval, Role } from '@lyt/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import {
  act,
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json } from '../../../../test/api-server';
import { LiveTestServer } from '../../../../test/live-server';
import { createRuntime, type LytRuntime } from '../../../app/runtime';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { ApiClientProvider } from '../../api/ApiClientProvider';
import { SessionGate } from '../../auth/SessionGate';
import { LiveProvider } from '../../live/LiveProvider';
import { ToastProvider } from '../../ui';
import { DemoNotice } from './DemoNotice';

const REMOVED: DemoRemoval = {
  removed: { topics: 3, sources: 4, items: 120, mentions: 87 },
};

/** Against a real HTTP server that answers as Lyt's `/api/me` and `/api/demo` do. */
describe(DemoNotice.name, () => {
  let server: LiveTestServer;
  let runtime: LytRuntime;
  let role: Role;
  let active: boolean;
  let deletes: number;
  let asked: number;

  beforeEach(async () => {
    role = 'admin';
    active = true;
    deletes = 0;
    asked = 0;
    server = await new LiveTestServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Access-Control-Allow-Methods', 'GET, DELETE');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type',
      );
      if (request.method === 'OPTIONS')
        return void response.writeHead(204).end();
      if (request.url === '/api/me') return json(response, 200, { role });
      if (request.url === '/api/demo' && request.method === 'GET') {
        asked += 1;
        return json(response, 200, { active });
      }
      if (request.url === '/api/demo' && request.method === 'DELETE') {
        if (role !== 'admin')
          return json(response, 403, { statusCode: 403, message: 'admin' });
        deletes += 1;
        active = false;
        return json(response, 200, REMOVED);
      }
      json(response, 404, { statusCode: 404, message: 'not here' });
    }).start();
    runtime = createRuntime({ baseUrl: server.url });
    runtime.session.signIn('viewer-token');
    HTMLDialogElement.prototype.showModal ??= function (
      this: HTMLDialogElement,
    ) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(async () => {
    cleanup();
    runtime.live.dispose();
    await runtime.queryClient.cancelQueries();
    runtime.queryClient.clear();
    await server.stop();
  });

  const show = () =>
    render(
      <LanguageProvider initial="en">
        <QueryClientProvider client={runtime.queryClient}>
          <ApiClientProvider client={runtime.api}>
            <LiveProvider connection={runtime.live}>
              <ToastProvider>
                <SessionGate store={runtime.session}>
                  <p>signed in</p>
                  <DemoNotice />
                </SessionGate>
              </ToastProvider>
            </LiveProvider>
          </ApiClientProvider>
        </QueryClientProvider>
      </LanguageProvider>,
    );

  it('lets the admin remove the demo after confirming, and then says nothing more', async () => {
    show();
    await screen.findByText('This is the demo workspace');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the demo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(deletes).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Remove the demo' }));
    const buttons = screen.getAllByRole('button', { name: 'Remove the demo' });
    await act(async () => fireEvent.click(buttons.at(-1)!));
    await screen.findByText(
      'The demo is removed: 3 topics, 4 sources and 87 mentions.',
    );
    await waitFor(() =>
      expect(screen.queryByText('This is the demo workspace')).toBeNull(),
    );
    expect(deletes).toBe(1);
  });

  it('tells a viewer it is the demo, with nothing to click', async () => {
    role = 'viewer';
    show();
    await screen.findByText('This is the demo workspace');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows nothing without a demo', async () => {
    active = false;
    show();
    await screen.findByText('signed in');
    await waitFor(() => expect(asked).toBe(1));
    expect(screen.queryByText('This is the demo workspace')).toBeNull();
  });
});
