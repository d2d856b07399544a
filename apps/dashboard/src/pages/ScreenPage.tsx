import { useMessages } from '../i18n/messages';
import { LiveIndicator } from '../modules/layout/components/LiveIndicator';
import { useLiveMentions } from '../modules/live/hooks/useLiveMentions';
import { MentionCard } from '../modules/mentions/components/MentionCard';
import { useMentions } from '../modules/mentions/hooks/useMentions';
import { screenMessages } from '../modules/screen/screen.messages';

/** Outside the app chrome: no navigation, nothing to click. */
export function ScreenPage() {
  const t = useMessages(screenMessages);
  const latest = useMentions({ limit: 6 });
  const mentions = useLiveMentions(
    {},
    { limit: 6, backfill: latest.data?.pages[0]?.items },
  );
  return (
    <div className="screen" data-theme="dark">
      <header className="screen__header">
        <h1>{t('title')}</h1>
        <LiveIndicator />
      </header>
      <main className="screen__mentions">
        {mentions.length === 0 ? (
          <p className="screen__waiting">{t('waiting')}</p>
        ) : (
          mentions.map((mention) => (
            <MentionCard key={mention.id} mention={mention} />
          ))
        )}
      </main>
    </div>
  );
}
