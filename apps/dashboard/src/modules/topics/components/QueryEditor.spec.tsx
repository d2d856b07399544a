import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { QueryEditor } from './QueryEditor';

function Editor({ initial }: { initial: string }) {
  const [query, setQuery] = useState(initial);
  return <QueryEditor value={query} onChange={setQuery} />;
}

const show = (initial = '', language: 'da' | 'en' = 'en') =>
  render(
    <LanguageProvider initial={language}>
      <Editor initial={initial} />
    </LanguageProvider>,
  );
const marked = () =>
  screen.queryByTestId('query-error-marker')?.querySelector('mark')
    ?.textContent;

describe(QueryEditor.name, () => {
  afterEach(cleanup);

  it.each([
    ['lego (billund', 'unbalanced parenthesis at character 6', '('],
    ['"grøn omstilling', 'unterminated quote at character 1', '"'],
    ['#dkbiz OR', 'OR without a term on both sides at character 8', 'O'],
    ['-legoland', 'only exclusions, nothing to look for at character 1', '-'],
  ])('marks %s: %s', (query, message, mark) => {
    show(query);
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(marked()).toBe(mark);
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('checks as it is typed: the error goes when the query is fixed', () => {
    show('lego OR');
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox'), {
      target: { value: 'lego -legoland' },
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(marked()).toBeUndefined();
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBeNull();
  });

  it('says it in Danish', () => {
    show('lego (billund', 'da');
    expect(screen.getByRole('alert').textContent).toBe(
      'en parentes uden sin makker ved tegn 6',
    );
  });

  it('says nothing about an empty query while it is being written', () => {
    show('   ');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
