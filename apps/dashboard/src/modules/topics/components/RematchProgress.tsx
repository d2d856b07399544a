import type { RematchProgress as Progress } from '@lyt/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { RelativeTime } from '../../ui';
import { topicsMessages } from '../topics.messages';

export type RematchProgressProps = { progress: Progress };

/** How far the re-match of stored history has come: a bar while it runs, when it finished afterwards. */
export function RematchProgress({ progress }: RematchProgressProps) {
  const t = useMessages(topicsMessages);
  const { language } = useLanguage();
  if (progress.status === 'done') {
    return (
      <span className="topic-rematch topic-rematch--done" data-status="done">
        {t('rematch.done')}
        {progress.finishedAt && (
          <>
            {' · '}
            <RelativeTime value={progress.finishedAt} />
          </>
        )}
      </span>
    );
  }
  const total = Math.max(progress.total, 1);
  return (
    <span className="topic-rematch" data-status="running">
      <progress
        className="topic-rematch__bar"
        max={total}
        value={Math.min(progress.processed, total)}
        aria-label={t('rematch.label')}
      />
      <span className="topic-rematch__text">
        {t('rematch.running', {
          done: formatNumber(progress.processed, language),
          total: formatNumber(progress.total, language),
        })}
      </span>
    </span>
  );
}
