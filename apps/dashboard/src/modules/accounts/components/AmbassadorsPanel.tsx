import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import type { PeriodSelection } from '../../stats/period';
import {
  Button,
  EmptyState,
  ErrorState,
  ExternalLink,
  Field,
  Panel,
  Skeleton,
  Table,
  useToast,
} from '../../ui';
import { accountsMessages } from '../accounts.messages';
import {
  ambassadorSettingsQuery,
  ambassadorsQuery,
} from '../api/account-queries';
import { useSaveAmbassadorSettings } from '../hooks/useAccountMutations';

export type AmbassadorsPanelProps = {
  period: PeriodSelection;
  /** Opens the add form (admins): the empty state offers it. */
  onAdd?(): void;
};

/** Employees ranked by how often they share company content, and the company posts shared most. */
export function AmbassadorsPanel({ period, onAdd }: AmbassadorsPanelProps) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const stats = useQuery(ambassadorsQuery(useApiClient(), period));
  const number = (value: number | null) =>
    value === null ? t('none') : formatNumber(value, language);
  /** A blog has no followers, so no reach: not available, not 0. */
  const known = (value: number | null) =>
    value === null ? (
      <span className="account-muted account-na" title={t('notAvailable.hint')}>
        {t('notAvailable')}
      </span>
    ) : (
      formatNumber(value, language)
    );
  return (
    <Panel title={t('ambassadors.title')} description={t('ambassadors.lead')}>
      {stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !stats.data ? (
        <Skeleton height={160} />
      ) : stats.data.ranking.length === 0 ? (
        <EmptyState
          compact
          icon="accounts"
          title={t('ambassadors.empty.title')}
          text={t('ambassadors.empty.text')}
          action={
            onAdd && (
              <Button icon="plus" onClick={onAdd}>
                {t('ambassadors.empty.add')}
              </Button>
            )
          }
        />
      ) : (
        <div className="ambassadors">
          <Table
            caption={t('ambassadors.caption')}
            rows={stats.data.ranking}
            rowKey={(rank) => rank.account.id}
            columns={[
              {
                key: 'employee',
                header: t('ambassadors.employee'),
                rowHeader: true,
                render: (rank) => (
                  <div className="account-cell">
                    <span className="account-cell__name">
                      {rank.shares > 0 && (
                        <span className="ambassador-rank">
                          {t('ambassadors.place', {
                            n: number(stats.data.ranking.indexOf(rank) + 1),
                          })}
                        </span>
                      )}
                      {rank.account.name}
                    </span>
                    <span className="account-cell__handle">
                      {rank.account.handle}
                    </span>
                  </div>
                ),
              },
              {
                key: 'shares',
                header: t('ambassadors.shares'),
                align: 'end',
                render: (rank) => number(rank.shares),
              },
              {
                key: 'how',
                header: t('ambassadors.how'),
                align: 'end',
                render: (rank) =>
                  `${number(rank.boosts)} · ${number(rank.links)} · ${number(rank.topics)}`,
              },
              {
                key: 'followers',
                header: t('column.followers'),
                align: 'end',
                render: (rank) => known(rank.followers),
              },
              {
                key: 'reach',
                header: (
                  <span title={t('ambassadors.reach.hint')}>
                    {t('ambassadors.reach')}
                  </span>
                ),
                align: 'end',
                render: (rank) => known(rank.reach),
              },
            ]}
          />
          <section
            className="ambassadors__shared"
            aria-labelledby="ambassadors-shared"
          >
            <h3 id="ambassadors-shared" className="ambassadors__heading">
              {t('ambassadors.shared')}
            </h3>
            {stats.data.sharedPosts.length === 0 ? (
              <p className="account-muted">{t('ambassadors.shared.empty')}</p>
            ) : (
              <ol className="shared-posts">
                {stats.data.sharedPosts.map((post) => (
                  <li key={post.url} className="shared-post">
                    <span className="shared-post__text">
                      {post.text || post.url}
                    </span>
                    <span className="compare-sub">
                      <ExternalLink href={post.url}>
                        {t('ambassadors.shared.count', {
                          n: number(post.shares),
                        })}
                      </ExternalLink>
                      {post.account && ` · ${post.account.name}`}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
      {isAdmin && <AmbassadorSettingsForm />}
    </Panel>
  );
}

function AmbassadorSettingsForm() {
  const t = useMessages(accountsMessages);
  const toast = useToast();
  const settings = useQuery(ambassadorSettingsQuery(useApiClient()));
  const save = useSaveAmbassadorSettings();
  const [edited, setEdited] = useState<{
    domains: string;
    hashtags: string;
  } | null>(null);
  if (!settings.data) return null;
  const values = edited ?? {
    domains: settings.data.domains.join(', '),
    hashtags: settings.data.hashtags.map((tag) => `#${tag}`).join(', '),
  };
  const split = (text: string) =>
    text
      .split(/[,\s]+/)
      .map((part) => part.trim())
      .filter(Boolean);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { domains: split(values.domains), hashtags: split(values.hashtags) },
      {
        onSuccess: () => {
          setEdited(null);
          toast.show({ tone: 'success', text: t('settings.saved') });
        },
      },
    );
  };
  return (
    <form className="ambassador-settings" onSubmit={submit} noValidate>
      <h3 className="ambassadors__heading">{t('settings.title')}</h3>
      <p className="account-muted">{t('settings.text')}</p>
      <div className="account-form__row">
        <Field label={t('settings.domains')} hint={t('settings.domains.hint')}>
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={values.domains}
              onChange={(event) =>
                setEdited({ ...values, domains: event.target.value })
              }
            />
          )}
        </Field>
        <Field
          label={t('settings.hashtags')}
          hint={t('settings.hashtags.hint')}
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={values.hashtags}
              onChange={(event) =>
                setEdited({ ...values, hashtags: event.target.value })
              }
            />
          )}
        </Field>
      </div>
      {save.isError && <ErrorState error={save.error} compact />}
      <div className="account-form__submit">
        <Button type="submit" busy={save.isPending}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
