import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatNumber } from '../i18n/format';
import { useLanguage } from '../i18n/LanguageProvider';
import { useMessages } from '../i18n/messages';
import { useApiClient } from '../modules/api/ApiClientProvider';
import { useSession } from '../modules/auth/SessionGate';
import { columnListQuery } from '../modules/explore/api/column-queries';
import { ColumnsBoard } from '../modules/explore/components/ColumnsBoard';
import { ExploreFilters } from '../modules/explore/components/ExploreFilters';
import { ExportButton } from '../modules/explore/components/ExportButton';
import { HashtagPanel } from '../modules/explore/components/HashtagPanel';
import { MentionFeed } from '../modules/explore/components/MentionFeed';
import { SaveColumnButton } from '../modules/explore/components/SaveColumnButton';
import '../modules/explore/explore.css';
import { exploreMessages } from '../modules/explore/explore.messages';
import {
  EMPTY_SELECTION,
  isEmptySelection,
  listFilter,
} from '../modules/explore/explore-selection';
import {
  useExploreSelection,
  useExploreSort,
  useExploreView,
} from '../modules/explore/hooks/useExploreSelection';
import { topicListQuery } from '../modules/topics/api/topic-queries';
import { PageHeader, Tabs } from '../modules/ui';

export function ExplorePage() {
  const t = useMessages(exploreMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const api = useApiClient();
  const [selection, change] = useExploreSelection();
  const [view, setView] = useExploreView();
  const [sort, setSort] = useExploreSort();
  const filter = useMemo(() => listFilter(selection), [selection]);
  const columns = useQuery(columnListQuery(api));
  const topics = useQuery(topicListQuery(api));
  const suggestedName =
    [
      ...selection.hashtag.map((tag) => `#${tag}`),
      ...selection.topic.map(
        (id) => topics.data?.find((topic) => topic.id === id)?.name ?? '',
      ),
    ]
      .filter(Boolean)
      .join(' · ') || t('column.everything');
  const filtered = !isEmptySelection(selection);

  return (
    <div className="page-stack">
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={
          view === 'mentions' && (
            <>
              <ExportButton filter={filter} />
              {isAdmin && (
                <SaveColumnButton
                  selection={selection}
                  count={columns.data?.length ?? 0}
                  suggestedName={suggestedName}
                  onSaved={() => setView('columns')}
                />
              )}
            </>
          )
        }
      />
      <Tabs
        label={t('view.label')}
        selected={view}
        onSelect={setView}
        tabs={[
          {
            id: 'mentions',
            label: t('view.mentions'),
            content: (
              <div className="explore-mentions">
                <ExploreFilters selection={selection} onChange={change} />
                <div
                  className={
                    selection.hashtag.length > 0
                      ? 'explore-grid explore-grid--with-side'
                      : 'explore-grid'
                  }
                >
                  <div className="explore-grid__main">
                    <MentionFeed
                      filter={
                        sort === 'engagement' ? { ...filter, sort } : filter
                      }
                      sort={sort}
                      onSort={setSort}
                      onClear={
                        filtered
                          ? () => change(() => EMPTY_SELECTION)
                          : undefined
                      }
                    />
                  </div>
                  {selection.hashtag.length > 0 && (
                    <div className="explore-grid__side">
                      <HashtagPanel
                        selection={selection}
                        onAddHashtag={(tag) =>
                          change((current) => ({
                            ...current,
                            hashtag: current.hashtag.includes(tag)
                              ? current.hashtag
                              : [...current.hashtag, tag],
                          }))
                        }
                      />
                    </div>
                  )}
                </div>
              </div>
            ),
          },
          {
            id: 'columns',
            label: t('view.columns', {
              n: formatNumber(columns.data?.length ?? 0, language),
            }),
            content: <ColumnsBoard />,
          },
        ]}
      />
    </div>
  );
}
