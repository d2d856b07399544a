import { useMessages } from '../i18n/messages';
import { MentionFeed } from '../modules/explore/components/MentionFeed';
import { exploreMessages } from '../modules/explore/explore.messages';
import { PageHeader } from '../modules/ui';

export function ExplorePage() {
  const t = useMessages(exploreMessages);
  return (
    <div className="page-stack">
      <PageHeader title={t('title')} description={t('lead')} />
      <MentionFeed filter={{}} />
    </div>
  );
}
