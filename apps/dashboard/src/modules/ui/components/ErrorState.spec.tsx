// The test server listens on another origin than the page: no same-origin check here.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTestServer, json } from '../../../../test/api-server';
import type { Language } from '../../../i18n/language';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { goalFieldErrors } from '../../accounts/accounts.messages';
import { ApiClient } from '../../api/api-client';
import { ErrorState, explainFields } from './ErrorState';

describe(explainFields.name, () => {
  const fields = {
    name: 'Giv målet et navn.',
    'url or handle': 'Angiv en URL eller et handle.',
  };
  it.each([
    ['name: give a name of 1 to 200 characters', 'Giv målet et navn.'],
    [
      "url or handle: give the account's profile URL or its handle",
      'Angiv en URL eller et handle.',
    ],
    [
      'name: too long; colour: is not a field',
      'Giv målet et navn. colour: is not a field',
    ],
    [
      'query: unbalanced parenthesis at 4',
      'query: unbalanced parenthesis at 4',
    ],
    ['no goal 123', 'no goal 123'],
    ['names: x', 'names: x'],
  ])('%s', (message, expected) => {
    expect(explainFields(message, fields)).toBe(expected);
  });
});

/** A 400 as the api client reads it from a real HTTP answer. */
describe(ErrorState.name, () => {
  let server: ApiTestServer;
  let message: string;

  beforeAll(async () => {
    server = await new ApiTestServer().start();
    server.on('/api/goals', (request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Access-Control-Allow-Methods', 'POST');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type',
      );
      if (request.method === 'OPTIONS')
        return void response.writeHead(204).end();
      json(response, 400, { statusCode: 400, message, error: 'Bad Request' });
    });
  });
  afterAll(() => server.stop());

  const refusal = async (said: string) => {
    message = said;
    const api = new ApiClient({
      baseUrl: server.url,
      token: () => 'admin-token',
      onUnauthorized: () => undefined,
    });
    return api.post('/goals', { target: 0 }).then(
      () => {
        throw new Error('expected a 400');
      },
      (error: unknown) => error,
    );
  };
  const show = (error: unknown, language: Language, withFields = true) =>
    render(
      <LanguageProvider initial={language}>
        <ErrorState
          error={error}
          fields={withFields ? goalFieldErrors : undefined}
          compact
        />
      </LanguageProvider>,
    );

  it('says a known field error in Danish on a Danish page', async () => {
    show(
      await refusal('target: give a number from 0.1 to 1,000,000,000'),
      'da',
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Målet skal være et tal fra 0,1 til 1.000.000.000.',
    );
    expect(screen.getByRole('alert').textContent).not.toContain('give');
  });

  it('says it in the module’s English on an English page', async () => {
    show(await refusal('deadline: must be in the future'), 'en');
    expect(screen.getByRole('alert').textContent).toContain(
      'Give either a deadline (a date after the start, not in the past) or a period, not both.',
    );
  });

  it('keeps the server’s words for a field the form does not know, and without fields', async () => {
    const error = await refusal('colour: is not a field');
    show(error, 'da');
    expect(screen.getByRole('alert').textContent).toContain(
      'colour: is not a field',
    );
    const named = await refusal(
      'target: give a number from 0.1 to 1,000,000,000',
    );
    show(named, 'da', false);
    expect(screen.getAllByRole('alert')[1]!.textContent).toContain(
      'target: give a number from 0.1 to 1,000,000,000',
    );
  });
});
