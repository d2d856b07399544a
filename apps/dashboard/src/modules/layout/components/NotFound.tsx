import { useMessages } from '../../../i18n/messages';
import { ButtonLink, EmptyState } from '../../ui';
import { layoutMessages } from '../layout.messages';

export function NotFound() {
  const t = useMessages(layoutMessages);
  return (
    <>
      <h1 className="ui-visually-hidden">{t('notFound.title')}</h1>
      <EmptyState
        icon="explore"
        title={t('notFound.title')}
        text={t('notFound.text')}
        action={
          <ButtonLink variant="primary" to="/">
            {t('notFound.action')}
          </ButtonLink>
        }
      />
    </>
  );
}
