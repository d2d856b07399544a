import { useLanguage } from '../../../i18n/LanguageProvider';
import { type Messages, useMessages } from '../../../i18n/messages';
import { ApiError } from '../../api/api-client';
import { uiMessages } from '../ui.messages';
import { Button } from './Button';
import { Icon } from './Icon';

export type ErrorStateProps = {
  error: unknown;
  title?: string;
  /** A form's fields in the page's language, for the server's 400s that name them. */
  fields?: FieldErrorTexts;
  onRetry?(): void;
  compact?: boolean;
};

/** A failed load in words a user can act on; the server's own message when it gave one. */
export function ErrorState({
  error,
  title,
  fields,
  onRetry,
  compact,
}: ErrorStateProps) {
  const t = useMessages(uiMessages);
  return (
    <div
      className={['ui-error', compact && 'ui-error--compact']
        .filter(Boolean)
        .join(' ')}
      role="alert"
    >
      <Icon name="alert" size={compact ? 18 : 24} />
      <div className="ui-error__body">
        <p className="ui-error__title">{title ?? t('error.title')}</p>
        <p className="ui-error__text">{useErrorMessage(error, fields)}</p>
      </div>
      {onRetry && (
        <Button size="sm" icon="refresh" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </div>
  );
}

/**
 * What a form's module says, in both languages, for the fields a 400 names
 * ("target: give a number …" → "Målet skal være et tal fra 0,1 til
 * 1.000.000.000."), by the field's name as the API writes it.
 */
export type FieldErrorTexts = Messages<Record<string, string>>;

/** The field a part of a 400 names: "name: …", "url or handle: …", "params.tag: …". */
const NAMED_FIELD = /^([\w.[\]]+(?: or [\w.[\]]+)*): /;

/**
 * A 400's message with each "field: why" the form knows in its own words,
 * the others as the server gave them.
 */
export function explainFields(
  message: string,
  fields: Partial<Record<string, string>>,
): string {
  return message
    .split('; ')
    .map((part) => {
      const field = NAMED_FIELD.exec(part)?.[1];
      return (field !== undefined && fields[field]) || part;
    })
    .join(' ');
}

/** What to tell the user about an error from the api client; a 400 naming one of `fields` in that field's words. */
export function useErrorMessage(
  error: unknown,
  fields?: FieldErrorTexts,
): string {
  const t = useMessages(uiMessages);
  const { language } = useLanguage();
  if (error instanceof ApiError) {
    if (error.unreachable) return t('error.unreachable');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 404) return t('error.notFound');
    if (error.status >= 500) return t('error.server');
    if (error.status === 400 && fields)
      return explainFields(error.message, fields[language]);
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
