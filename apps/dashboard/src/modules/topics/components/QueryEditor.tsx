import { validateQuery } from '@lyt/matching';
import { useMemo } from 'react';
import { useMessages } from '../../../i18n/messages';
import { Field } from '../../ui';
import { queryErrorReason } from '../query-error';
import { topicsMessages } from '../topics.messages';

export type QueryEditorProps = {
  value: string;
  onChange(query: string): void;
  disabled?: boolean;
};

/**
 * The query, checked on every keystroke with the same parser the server uses
 * (libs/matching): an error says what is wrong and marks where, under the query.
 */
export function QueryEditor({ value, onChange, disabled }: QueryEditorProps) {
  const t = useMessages(topicsMessages);
  const validation = useMemo(
    () => (value.trim() ? validateQuery(value) : null),
    [value],
  );
  const error =
    validation && !validation.ok
      ? t('query.error', {
          message: queryErrorReason(t, validation.message),
          position: String(validation.position),
        })
      : undefined;
  return (
    <Field
      label={t('form.query')}
      hint={t('form.query.hint')}
      error={error}
      required
    >
      {(control) => (
        <>
          <textarea
            {...control}
            className="ui-textarea topic-query__input"
            rows={3}
            spellCheck={false}
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
          />
          {validation && !validation.ok && (
            <ErrorMarker query={value} position={validation.position} />
          )}
        </>
      )}
    </Field>
  );
}

/** The query again in the editor's font, with the character at `position` (1-based) marked and a caret under it. */
function ErrorMarker({ query, position }: { query: string; position: number }) {
  const at = Math.min(Math.max(position - 1, 0), query.length);
  // Past the end (an unclosed quote or parenthesis): mark the place after the last character.
  const marked = query.slice(at, at + 1) || ' ';
  return (
    <p
      className="topic-query__marker"
      data-testid="query-error-marker"
      // The error text names the position; the marker shows it to the eye.
      aria-hidden="true"
    >
      <span>{query.slice(0, at)}</span>
      <mark className="topic-query__mark">{marked}</mark>
      <span>{query.slice(at + 1)}</span>
    </p>
  );
}
