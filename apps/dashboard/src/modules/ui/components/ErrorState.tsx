import { useMessages } from '../../../i18n/messages';
import { ApiError } from '../../api/api-client';
import { uiMessages } from '../ui.messages';
import { Button } from './Button';
import { Icon } from './Icon';

export type ErrorStateProps = {
  error: unknown;
  title?: string;
  onRetry?(): void;
  compact?: boolean;
};

/** A failed load in words a user can act on; the server's own message when it gave one. */
export function ErrorState({
  error,
  title,
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
        <p className="ui-error__text">{useErrorMessage(error)}</p>
      </div>
      {onRetry && (
        <Button size="sm" icon="refresh" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </div>
  );
}

/** What to tell the user about an error from the api client. */
export function useErrorMessage(error: unknown): string {
  const t = useMessages(uiMessages);
  if (error instanceof ApiError) {
    if (error.unreachable) return t('error.unreachable');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 404) return t('error.notFound');
    if (error.status >= 500) return t('error.server');
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
