import type { Account, InterestList } from '@lyt/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import { sourceListQuery } from '../../sources/api/source-queries';
import {
  Badge,
  Button,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  Field,
  IconButton,
  Modal,
  Panel,
  Skeleton,
} from '../../ui';
import { accountsMessages, listFieldErrors } from '../accounts.messages';
import { accountKeys, interestListsQuery } from '../api/account-queries';

export type InterestListsPanelProps = {
  accounts: Account[];
};

/** Named lists of sources and accounts (tip 2): the media, politicians or customers of a field in one place. */
export function InterestListsPanel({ accounts }: InterestListsPanelProps) {
  const t = useMessages(accountsMessages);
  const { isAdmin } = useSession();
  const api = useApiClient();
  const lists = useQuery(interestListsQuery(api));
  const sources = useQuery(sourceListQuery(api));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<InterestList | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/lists/${encodeURIComponent(id)}`),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
  const accountSources = new Set(accounts.map((account) => account.sourceId));
  const plainSources = (sources.data ?? []).filter(
    (source) => !accountSources.has(source.id),
  );
  const names = (list: InterestList) => [
    ...accounts
      .filter((account) => list.accountIds.includes(account.id))
      .map((account) => account.name),
    ...plainSources
      .filter((source) => list.sourceIds.includes(source.id))
      .map((source) => source.name),
  ];
  return (
    <Panel
      title={t('lists.title')}
      description={t('lists.lead')}
      actions={
        isAdmin && (
          <Button icon="plus" size="sm" onClick={() => setAdding(true)}>
            {t('lists.add')}
          </Button>
        )
      }
    >
      {lists.isError ? (
        <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />
      ) : !lists.data ? (
        <Skeleton height={64} />
      ) : lists.data.length === 0 ? (
        <EmptyState
          compact
          icon="columns"
          title={t('lists.empty.title')}
          text={t('lists.empty.text')}
        />
      ) : (
        <ul className="interest-lists">
          {lists.data.map((list) => (
            <li key={list.id} className="interest-list">
              <div className="interest-list__head">
                <span className="interest-list__name">{list.name}</span>
                {isAdmin && (
                  <IconButton
                    icon="trash"
                    variant="ghost"
                    size="sm"
                    label={t('lists.remove', { name: list.name })}
                    onClick={() => setRemoving(list)}
                  />
                )}
              </div>
              <span className="compare-tags">
                {names(list).map((name) => (
                  <Badge key={name}>{name}</Badge>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <InterestListForm
          accounts={accounts}
          sources={plainSources.map((source) => ({
            id: source.id,
            name: source.name,
          }))}
          onClose={() => setAdding(false)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('lists.remove.title')}
        text={removing ? t('lists.remove.text', { name: removing.name }) : ''}
        confirmLabel={t('remove.confirm')}
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })
        }
      />
    </Panel>
  );
}

type InterestListFormProps = {
  accounts: Account[];
  sources: { id: string; name: string }[];
  onClose(): void;
};

function InterestListForm({
  accounts,
  sources,
  onClose,
}: InterestListFormProps) {
  const t = useMessages(accountsMessages);
  const api = useApiClient();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (body: {
      name: string;
      accountIds: string[];
      sourceIds: string[];
    }) => api.post<InterestList>('/lists', body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
  const toggle = (id: string) =>
    setChosen((all) => {
      const next = new Set(all);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim()) return;
    save.mutate(
      {
        name: name.trim(),
        accountIds: accounts
          .filter((account) => chosen.has(account.id))
          .map((account) => account.id),
        sourceIds: sources
          .filter((source) => chosen.has(source.id))
          .map((source) => source.id),
      },
      { onSuccess: onClose },
    );
  };
  const option = (id: string, label: string) => (
    <label key={id} className="interest-list-option">
      <input
        type="checkbox"
        checked={chosen.has(id)}
        onChange={() => toggle(id)}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <Modal open title={t('lists.form.title')} onClose={onClose}>
      <form className="account-form" onSubmit={submit} noValidate>
        <Field
          label={t('lists.form.name')}
          hint={t('lists.form.name.hint')}
          error={tried && !name.trim() ? t('form.required') : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={name}
              maxLength={100}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <fieldset className="interest-list-options">
          <legend className="ui-field__label">
            {t('lists.form.accounts')}
          </legend>
          {accounts.map((account) => option(account.id, account.name))}
        </fieldset>
        {sources.length > 0 && (
          <fieldset className="interest-list-options">
            <legend className="ui-field__label">
              {t('lists.form.sources')}
            </legend>
            {sources.map((source) => option(source.id, source.name))}
          </fieldset>
        )}
        {save.isError && (
          <ErrorState error={save.error} fields={listFieldErrors} compact />
        )}
        <div className="account-form__submit">
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('lists.form.submit')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
