import type { AccountProfileStats, AccountStyle } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { formatNumber, formatPercent } from '../../../i18n/format';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import type { PeriodSelection } from '../../stats/period';
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  ExternalLink,
  Panel,
  Skeleton,
} from '../../ui';
import { accountsMessages } from '../accounts.messages';
import { comparisonQuery } from '../api/account-queries';

export type ComparisonPanelProps = {
  period: PeriodSelection;
  /** Opens the add form (admins): the empty state offers it. */
  onAdd?(): void;
};

type Row = {
  key: string;
  label: string;
  /** How the measure is counted, under its name. */
  hint?: string;
  render(stats: AccountProfileStats): ReactNode;
};

/**
 * Own accounts and role models side by side: a column per account, a row per
 * measure. A blog has no followers or engagement: "not available", not 0.
 */
export function ComparisonPanel({ period, onAdd }: ComparisonPanelProps) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const comparison = useQuery(comparisonQuery(useApiClient(), period));
  const number = (value: number | null) =>
    value === null ? t('none') : formatNumber(value, language);
  const share = (value: number | null) =>
    value === null ? t('none') : formatPercent(value, language);
  const style = (key: keyof AccountStyle) => (stats: AccountProfileStats) =>
    share(stats.style?.[key] ?? null);
  const notAvailable = (
    <span className="account-muted account-na" title={t('notAvailable.hint')}>
      {t('notAvailable')}
    </span>
  );
  /** A measure a feed cannot give. */
  const engaged =
    (render: (stats: AccountProfileStats) => ReactNode) =>
    (stats: AccountProfileStats) =>
      stats.account.platform === 'feed' ? notAvailable : render(stats);
  const rows: Row[] = [
    {
      key: 'followers',
      label: t('compare.followers'),
      render: engaged((stats) => number(stats.followers)),
    },
    {
      key: 'postsPerWeek',
      label: t('compare.postsPerWeek'),
      render: (stats) => number(stats.postsPerWeek),
    },
    {
      key: 'engagement',
      label: t('compare.engagementPerPost'),
      render: engaged((stats) => (
        <>
          {number(stats.engagementPerPost)}
          {stats.engagementPerThousandFollowers !== null && (
            <span className="compare-sub">
              {number(stats.engagementPerThousandFollowers)}{' '}
              {t('compare.perThousand')}
            </span>
          )}
        </>
      )),
    },
    {
      key: 'image',
      label: t('compare.withImage'),
      render: (stats) => share(stats.withImage),
    },
    {
      key: 'link',
      label: t('compare.withLink'),
      render: (stats) => share(stats.withLink),
    },
    {
      key: 'length',
      label: t('compare.length'),
      render: (stats) =>
        stats.typicalLength === null
          ? t('none')
          : t('compare.chars', { n: number(stats.typicalLength) }),
    },
    {
      key: 'firstPerson',
      label: t('compare.firstPerson'),
      hint: t('compare.firstPerson.hint'),
      render: style('firstPerson'),
    },
    {
      key: 'questions',
      label: t('compare.questions'),
      render: style('questions'),
    },
    {
      key: 'exclamations',
      label: t('compare.exclamations'),
      render: style('exclamations'),
    },
    { key: 'emoji', label: t('compare.emoji'), render: style('emoji') },
    { key: 'humour', label: t('compare.humour'), render: style('humour') },
    {
      key: 'hashtags',
      label: t('compare.hashtags'),
      render: (stats) =>
        stats.hashtags.length === 0 ? (
          t('none')
        ) : (
          <span className="compare-tags">
            {stats.hashtags.slice(0, 4).map((tag) => (
              <Badge key={tag.hashtag}>#{tag.hashtag}</Badge>
            ))}
          </span>
        ),
    },
    {
      key: 'best',
      label: t('compare.bestPost'),
      render: engaged((stats) => {
        const best = stats.bestPosts[0];
        if (!best) return t('none');
        return (
          <span className="compare-best">
            <span className="compare-best__text">{best.text}</span>
            <span className="compare-sub">
              <ExternalLink href={best.url}>
                {t('compare.engagement', { n: number(best.engagement) })}
              </ExternalLink>
            </span>
          </span>
        );
      }),
    },
  ];
  const hasRoleModel = comparison.data?.accounts.some(
    (stats) => stats.account.role === 'role-model',
  );
  return (
    <Panel title={t('compare.title')} description={t('compare.lead')} flush>
      {comparison.isError ? (
        <ErrorState
          error={comparison.error}
          onRetry={() => void comparison.refetch()}
        />
      ) : !comparison.data ? (
        <Skeleton height={240} />
      ) : !hasRoleModel ? (
        <EmptyState
          compact
          icon="accounts"
          title={t('compare.empty.title')}
          text={t('compare.empty.text')}
          action={
            onAdd && (
              <Button icon="plus" onClick={onAdd}>
                {t('compare.empty.add')}
              </Button>
            )
          }
        />
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table compare-table">
            <caption className="ui-visually-hidden">
              {t('compare.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.metric')}</th>
                {comparison.data.accounts.map((stats) => (
                  <th
                    key={stats.account.id}
                    scope="col"
                    className={`compare-head compare-head--${stats.account.role}`}
                  >
                    <span className="compare-head__name">
                      {stats.account.name}
                    </span>
                    <span className="compare-sub">
                      {t(`role.${stats.account.role}`)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.label}
                    {row.hint && (
                      <span className="compare-sub compare-hint">
                        {row.hint}
                      </span>
                    )}
                  </th>
                  {comparison.data.accounts.map((stats) => (
                    <td key={stats.account.id}>{row.render(stats)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
