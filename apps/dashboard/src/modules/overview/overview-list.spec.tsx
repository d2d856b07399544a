// The test's api server listens on another origin than the page (the app itself talks to its own): no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import type { InterestList } from '@lyt/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTestServer, json } from '../../../test/api-server';
import { LanguageProvider } from '../../i18n/LanguageProvider';
import { InterestListSelect } from '../accounts/components/InterestListSelect';
import { ApiClient } from '../api/api-client';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { useOverviewList } from './hooks/useOverviewList';
import { readOverviewList, writeOverviewList } from './overview-list';

const list = (id: string, name: string) =>
  ({ id, name, sourceIds: [], accountIds: [] }) as unknown as InterestList;
const MEDIA = list('3b2a1c0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'Branchemedier');
const POLITICS = list('9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', 'Politikere');
const GONE = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function Harness() {
  const { list: chosen, lists, setList } = useOverviewList();
  const location = useLocation();
  return (
    <>
      <InterestListSelect lists={lists} value={chosen} onChange={setList} />
      <output data-testid="search">{location.search}</output>
      <output data-testid="counted">{chosen ?? 'every source'}</output>
    </>
  );
}

describe('the overview’s interest list', () => {
  let server: ApiTestServer;

  beforeAll(async () => {
    server = await new ApiTestServer().start();
    server.on('/api/lists', (_, response) =>
      json(response, 200, [MEDIA, POLITICS]),
    );
  });
  afterAll(() => server.stop());

  const show = (url: string, language: 'da' | 'en' = 'en') =>
    render(
      <LanguageProvider initial={language}>
        <QueryClientProvider client={new QueryClient()}>
          <ApiClientProvider
            client={
              new ApiClient({
                baseUrl: server.url,
                token: () => 'viewer-token',
              })
            }
          >
            <MemoryRouter initialEntries={[url]}>
              <Harness />
            </MemoryRouter>
          </ApiClientProvider>
        </QueryClientProvider>
      </LanguageProvider>,
    );

  it('keeps the chosen list in the URL beside the period, and takes it out for every source', async () => {
    show('/?period=30d');
    const select = (await screen.findByLabelText(
      'Interest list',
    )) as HTMLSelectElement;
    await screen.findByRole('option', { name: 'Politikere' });
    fireEvent.change(select, { target: { value: POLITICS.id } });
    await waitFor(() =>
      expect(screen.getByTestId('search').textContent).toBe(
        `?period=30d&list=${POLITICS.id}`,
      ),
    );
    expect(select.value).toBe(POLITICS.id);
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() =>
      expect(screen.getByTestId('search').textContent).toBe('?period=30d'),
    );
    expect(screen.getByTestId('counted').textContent).toBe('every source');
  });

  it('reads the list from a shared link, in Danish too', async () => {
    show(`/?list=${MEDIA.id.toUpperCase()}`, 'da');
    const select = (await screen.findByLabelText(
      'Interesseliste',
    )) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe(MEDIA.id));
    expect(screen.getByTestId('counted').textContent).toBe(MEDIA.id);
    expect(screen.getByRole('option', { name: 'Alle kilder' })).toBeTruthy();
  });

  it('counts every source when the linked list no longer exists', async () => {
    show(`/?list=${GONE}`);
    await screen.findByRole('option', { name: 'Politikere' });
    expect(screen.getByTestId('counted').textContent).toBe('every source');
    expect(
      (screen.getByLabelText('Interest list') as HTMLSelectElement).value,
    ).toBe('');
  });

  it('leaves out what cannot be a list id', () => {
    expect(readOverviewList(new URLSearchParams('list=nope'))).toBeNull();
    expect(
      writeOverviewList(
        new URLSearchParams('period=7d&list=x'),
        null,
      ).toString(),
    ).toBe('period=7d');
  });
});
