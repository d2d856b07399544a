// The test server listens on another origin than the page: no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import {
  QueryClient,
  QueryClientProvider,
  useMutation,
} from '@tanstack/react-query';
import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import type { ServerResponse } from 'node:http';
import { useState } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiTestServer, json } from '../../../../test/api-server';
import type { Language } from '../../../i18n/language';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { ApiClient } from '../../api/api-client';
import { ConfirmRemovalDialog } from './Modal';
import { ToastProvider } from './Toast';

const ROWS = [
  { id: 'novo', name: 'Novo Nordisk' },
  { id: 'lego', name: 'LEGO' },
];

/** A list of rows, each with a Delete button, removed through the real api client, as topics, sources, accounts and alerts do. */
function Harness({ api }: { api: ApiClient }) {
  const [deleting, setDeleting] = useState<(typeof ROWS)[number] | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/things/${id}`),
  });
  return (
    <>
      {ROWS.map((row) => (
        <button key={row.id} onClick={() => setDeleting(row)}>
          {`Delete ${row.name}`}
        </button>
      ))}
      <ConfirmRemovalDialog
        target={deleting}
        title="Delete the thing?"
        text={(name) => `${name} goes.`}
        confirmLabel="Delete"
        removed={(name) => `${name} is deleted`}
        remove={remove}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

describe(ConfirmRemovalDialog.name, () => {
  let server: ApiTestServer;
  let answer: (response: ServerResponse) => void;

  beforeAll(async () => {
    server = await new ApiTestServer().start();
    for (const row of ROWS)
      server.on(`/api/things/${row.id}`, (request, response) => {
        response.setHeader('Access-Control-Allow-Origin', '*');
        response.setHeader('Access-Control-Allow-Methods', 'DELETE');
        response.setHeader(
          'Access-Control-Allow-Headers',
          'Authorization, Content-Type',
        );
        if (request.method === 'OPTIONS')
          return void response.writeHead(204).end();
        answer(response);
      });
    HTMLDialogElement.prototype.showModal ??= function (
      this: HTMLDialogElement,
    ) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const show = (language: Language = 'en') =>
    render(
      <LanguageProvider initial={language}>
        <QueryClientProvider
          client={
            new QueryClient({ defaultOptions: { mutations: { retry: false } } })
          }
        >
          <ToastProvider>
            <Harness
              api={
                new ApiClient({
                  baseUrl: server.url,
                  token: () => 'admin-token',
                  onUnauthorized: () => undefined,
                })
              }
            />
          </ToastProvider>
        </QueryClientProvider>
      </LanguageProvider>,
    );
  const dialog = () => screen.getByRole('dialog', { hidden: true });
  const confirm = () =>
    act(async () =>
      fireEvent.click(within(dialog()).getByRole('button', { name: 'Delete' })),
    );

  it('says a failed removal in the dialog, in the server’s words, and stays open to try again', async () => {
    answer = (response) =>
      json(response, 409, {
        statusCode: 409,
        message: 'Novo Nordisk is used by 2 alert rules',
      });
    show();
    fireEvent.click(
      screen.getByRole('button', { name: 'Delete Novo Nordisk' }),
    );
    await confirm();
    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).toContain('Novo Nordisk was not removed');
    expect(alert.textContent).toContain(
      'Novo Nordisk is used by 2 alert rules',
    );
    expect((dialog() as HTMLDialogElement).open).toBe(true);

    answer = (response) => void response.writeHead(204).end();
    await confirm();
    await screen.findByText('Novo Nordisk is deleted');
    await waitFor(() =>
      expect((dialog() as HTMLDialogElement).open).toBe(false),
    );
    expect(
      server.requests.filter((request) => request.method === 'DELETE'),
    ).toHaveLength(2);
  });

  it('forgets the failure on cancel: the next row opens without it', async () => {
    answer = (response) =>
      json(response, 400, { statusCode: 400, message: 'id: not this one' });
    show();
    fireEvent.click(
      screen.getByRole('button', { name: 'Delete Novo Nordisk' }),
    );
    await confirm();
    await within(dialog()).findByRole('alert');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete LEGO' }));
    expect(within(dialog()).getByText('LEGO goes.')).toBeTruthy();
    expect(within(dialog()).queryByRole('alert')).toBeNull();
  });

  it('says it in Danish', async () => {
    answer = (response) =>
      json(response, 503, { statusCode: 503, message: 'down' });
    show('da');
    fireEvent.click(screen.getByRole('button', { name: 'Delete LEGO' }));
    await act(async () =>
      fireEvent.click(within(dialog()).getByRole('button', { name: 'Delete' })),
    );
    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).toContain('LEGO blev ikke fjernet');
    expect(alert.textContent).toContain('Lyt kunne ikke svare');
  });
});
