import type { OpmlImportReport } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { Button, ErrorState, Modal, useToast } from '../../ui';
import { sourceKeys } from '../api/source-queries';
import { sourcesMessages } from '../sources.messages';

/** The largest file the api takes (1 MB); a bigger one is refused here, before the upload. */
const MAX_OPML_BYTES = 1024 * 1024;

/** OPML import (a file from Miniflux, FreshRSS, any feed reader) with its report, and export of the source list. */
export function OpmlButtons({ isAdmin }: { isAdmin: boolean }) {
  const t = useMessages(sourcesMessages);
  const api = useApiClient();
  const toast = useToast();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [exporting, setExporting] = useState(false);
  const upload = useMutation({
    mutationFn: (text: string) =>
      api.postFile<OpmlImportReport>('/sources/opml', text, 'text/x-opml'),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: sourceKeys.all }),
  });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setTooLarge(file.size > MAX_OPML_BYTES);
    if (file.size > MAX_OPML_BYTES) return;
    upload.mutate(await file.text());
    if (input.current) input.current.value = '';
  };
  const download = async () => {
    setExporting(true);
    try {
      const blob = await api.blob('/sources.opml');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'lyt-sources.opml';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      toast.show({
        tone: 'danger',
        text: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Button icon="download" busy={exporting} onClick={() => void download()}>
        {t('opml.export')}
      </Button>
      {isAdmin && (
        <>
          <input
            ref={input}
            type="file"
            accept=".opml,.xml,text/x-opml,application/xml,text/xml"
            className="ui-visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="opml-file"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <Button
            icon="upload"
            busy={upload.isPending}
            onClick={() => input.current?.click()}
          >
            {t('opml.import')}
          </Button>
        </>
      )}
      <Modal
        open={upload.isSuccess || upload.isError || tooLarge}
        title={t('opml.report')}
        onClose={() => {
          upload.reset();
          setTooLarge(false);
        }}
      >
        {tooLarge ? (
          <p>{t('opml.tooLarge')}</p>
        ) : upload.isError ? (
          <ErrorState error={upload.error} />
        ) : (
          upload.data && <ImportReport report={upload.data} />
        )}
      </Modal>
    </>
  );
}

function ImportReport({ report }: { report: OpmlImportReport }) {
  const t = useMessages(sourcesMessages);
  const { language } = useLanguage();
  const count = (n: number) => formatNumber(n, language);
  return (
    <div className="opml-report" data-testid="opml-report">
      <section>
        <h3>{t('opml.added', { count: count(report.added.length) })}</h3>
        {report.added.length > 0 && (
          <ul>
            {report.added.map((feed) => (
              <li key={feed.id}>
                <strong>{feed.name}</strong> <span>{feed.url}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>
          {t('opml.duplicates', { count: count(report.duplicates.length) })}
        </h3>
        {report.duplicates.length > 0 && (
          <ul>
            {report.duplicates.map((feed, index) => (
              <li key={`${feed.url}-${index}`}>
                <strong>{feed.name}</strong> <span>{feed.url}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{t('opml.refused', { count: count(report.refused.length) })}</h3>
        {report.refused.length > 0 && (
          <ul>
            {report.refused.map((feed, index) => (
              <li key={`${feed.url ?? ''}-${index}`}>
                <strong>{feed.name || feed.url}</strong>{' '}
                {feed.url && <span>{feed.url}</span>}
                <span className="opml-report__reason">{feed.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
