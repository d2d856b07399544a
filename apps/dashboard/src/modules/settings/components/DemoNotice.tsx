import { useState } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useSession } from '../../auth/SessionGate';
import { Button, ConfirmDialog, ErrorState, Notice, useToast } from '../../ui';
import { useDemoStatus, useRemoveDemo } from '../hooks/useDemo';
import { settingsMessages } from '../settings.messages';

/** While the demo workspace is in the database: say so, and let the admin remove it for good. */
export function DemoNotice() {
  const t = useMessages(settingsMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const toast = useToast();
  const status = useDemoStatus();
  const remove = useRemoveDemo();
  const [confirming, setConfirming] = useState(false);
  if (!status.data?.active) return null;
  return (
    <>
      <Notice
        tone="info"
        title={t('demo.title')}
        action={
          isAdmin && (
            <Button
              variant="danger"
              icon="trash"
              onClick={() => setConfirming(true)}
            >
              {t('demo.remove')}
            </Button>
          )
        }
      >
        {t('demo.text')}
        {remove.isError && <ErrorState error={remove.error} compact />}
      </Notice>
      <ConfirmDialog
        open={confirming}
        title={t('demo.confirm.title')}
        text={t('demo.confirm.text')}
        confirmLabel={t('demo.remove')}
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: ({ removed }) =>
              toast.show({
                tone: 'success',
                text: t('demo.removed', {
                  topics: formatNumber(removed.topics, language),
                  sources: formatNumber(removed.sources, language),
                  mentions: formatNumber(removed.mentions, language),
                }),
              }),
            onSettled: () => setConfirming(false),
          })
        }
      />
    </>
  );
}
