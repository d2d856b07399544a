import { useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import type { MentionListFilter } from '../../mentions/api/mention-queries';
import { Button, useToast } from '../../ui';
import { exploreMessages } from '../explore.messages';

export type ExportButtonProps = { filter: MentionListFilter };

/**
 * Downloads `GET /api/mentions.csv` for exactly the selection shown. The
 * export needs the session's Authorization header, which a plain link cannot
 * send: it is fetched as a blob (bytes untouched, BOM included) and saved
 * through an object URL.
 */
export function ExportButton({ filter }: ExportButtonProps) {
  const t = useMessages(exploreMessages);
  const api = useApiClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const blob = await api.blob('/mentions.csv', { query: filter });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `lyt-mentions-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once started.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast.show({ tone: 'success', text: t('export.done') });
    } catch (error) {
      toast.show({
        tone: 'danger',
        text: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon="download" busy={busy} onClick={() => void download()}>
      {t('export.button')}
    </Button>
  );
}
