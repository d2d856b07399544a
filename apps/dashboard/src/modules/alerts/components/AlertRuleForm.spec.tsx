// The test's api server listens on another origin than the page (the app itself talks to its own): no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import type { AlertChannelOptions, InterestList, Topic } from '@lyt/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiTestServer, json } from '../../../../test/api-server';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { ApiClient } from '../../api/api-client';
import { ApiClientProvider } from '../../api/ApiClientProvider';
import { ToastProvider } from '../../ui';
import { AlertRuleForm } from './AlertRuleForm';

const NORDLYS: Topic = {
  id: '6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f',
  name: 'Nordlys',
  kind: 'company',
  query: 'nordlys',
  color: '#0f6b75',
} as Topic;

const BRANCHEMEDIER: InterestList = {
  id: '3b2a1c0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Branchemedier',
  sourceIds: [],
  accountIds: [],
} as unknown as InterestList;

const NO_MAIL: AlertChannelOptions = {
  webhook: { available: true, reason: null },
  email: {
    available: false,
    reason:
      'e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server',
    from: null,
  },
};

describe(AlertRuleForm.name, () => {
  let server: ApiTestServer;
  let closed: number;

  beforeAll(async () => {
    server = await new ApiTestServer().start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests.length = 0;
    closed = 0;
  });

  const show = (
    language: 'da' | 'en' = 'en',
    lists: InterestList[] = [BRANCHEMEDIER],
  ) => {
    // jsdom-like DOMs have no modal dialog: the form renders inside an open <dialog>.
    HTMLDialogElement.prototype.showModal ??= function (
      this: HTMLDialogElement,
    ) {
      this.open = true;
    };
    const api = new ApiClient({
      baseUrl: server.url,
      token: () => 'admin-token-0123456789',
    });
    render(
      <LanguageProvider initial={language}>
        <QueryClientProvider client={new QueryClient()}>
          <ApiClientProvider client={api}>
            <ToastProvider>
              <AlertRuleForm
                rule={null}
                topics={[NORDLYS]}
                sources={[]}
                lists={lists}
                channels={NO_MAIL}
                onClose={() => (closed += 1)}
              />
            </ToastProvider>
          </ApiClientProvider>
        </QueryClientProvider>
      </LanguageProvider>,
    );
  };

  it('offers e-mail only where the server can send it, saying what to configure', () => {
    show();
    const email = screen.getByRole('radio', {
      name: 'E-mail',
    }) as HTMLInputElement;
    expect(email.disabled).toBe(true);
    expect(screen.getByTestId('alert-email-off').textContent).toBe(
      'E-mail is off on this server: e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server.',
    );
    expect(
      (screen.getByRole('radio', { name: 'Webhook' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  it('sends what the leader chose and shows the server’s 400 at the field it names', async () => {
    server.on('/api/alert-rules', (_, response) =>
      json(response, 400, {
        statusCode: 400,
        message: 'channel.url: only http and https URLs can be reached',
        error: 'Bad Request',
      }),
    );
    show();
    fireEvent.change(screen.getByLabelText(/^Name/), {
      target: { value: 'Kritik af Nordlys' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Company' }));
    fireEvent.click(screen.getByRole('button', { name: 'Negative' }));
    const url = screen.getByLabelText(/^Webhook URL/);
    fireEvent.change(url, { target: { value: 'ftp://hooks.example.dk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create alert' }));

    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(
      url.getAttribute('aria-describedby')!.split(' ').at(-1)!,
    );
    expect(error?.textContent).toBe('only http and https URLs can be reached');
    expect(document.activeElement).toBe(url);
    expect(closed).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      name: 'Kritik af Nordlys',
      trigger: 'mention',
      selection: {
        topics: [],
        kinds: ['company'],
        hashtags: [],
        sentiment: ['negative'],
        language: [],
        sources: [],
        lists: [],
      },
      every: 'instant',
      language: 'en',
      enabled: true,
      channel: { type: 'webhook', url: 'ftp://hooks.example.dk' },
    });
  });

  it('offers the interest lists to a mention rule, sends the chosen one and shows the server’s 400 under them', async () => {
    server.on('/api/alert-rules', (_, response) =>
      json(response, 400, {
        statusCode: 400,
        message: `selection.lists: there is no interest list ${BRANCHEMEDIER.id}`,
        error: 'Bad Request',
      }),
    );
    show('da');
    const lists = screen.getByRole('group', { name: 'Interesselister' });
    fireEvent.change(screen.getByLabelText(/^Navn/), {
      target: { value: 'Branchen skriver' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Branchemedier' }));
    fireEvent.change(screen.getByLabelText(/^Webhook-URL/), {
      target: { value: 'https://hooks.example.dk/lyt' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Opret varsel' }));

    await waitFor(() =>
      expect(lists.textContent).toContain(
        `there is no interest list ${BRANCHEMEDIER.id}`,
      ),
    );
    expect(JSON.parse(server.requests[0]!.body).selection.lists).toEqual([
      BRANCHEMEDIER.id,
    ]);
    fireEvent.click(screen.getByRole('radio', { name: /^Kilde fejler/ }));
    expect(screen.queryByRole('group', { name: 'Interesselister' })).toBeNull();
  });

  it('says where to make an interest list when there is none', () => {
    show('en', []);
    expect(
      screen.getByRole('group', { name: 'Interest lists' }).textContent,
    ).toContain('No interest lists yet. Make one on the Accounts page');
  });

  it('keeps a failing source rule’s minutes from going out unless they are whole', () => {
    show('da');
    fireEvent.click(screen.getByRole('radio', { name: /^Kilde fejler/ }));
    const minutes = screen.getByLabelText(/^Fejler i mere end/);
    fireEvent.change(minutes, { target: { value: '1,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opret varsel' }));
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Skriv et helt antal minutter, fx 60.'),
    ).toBeTruthy();
    expect(server.requests).toHaveLength(0);
  });
});
