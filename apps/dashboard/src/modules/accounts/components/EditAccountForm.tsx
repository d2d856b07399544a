import { ACCOUNT_ROLES, type Account, type AccountRole } from '@lyt/contracts';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { Button, ErrorState, Field, Modal, useToast } from '../../ui';
import { accountFieldErrors, accountsMessages } from '../accounts.messages';
import { useChangeAccount } from '../hooks/useAccountMutations';

export type EditAccountFormProps = {
  account: Account;
  onClose(): void;
};

/** An account's name and role, changed; its platform and handle stay (add it anew for another). */
export function EditAccountForm({ account, onClose }: EditAccountFormProps) {
  const t = useMessages(accountsMessages);
  const toast = useToast();
  const change = useChangeAccount();
  const [name, setName] = useState(account.name);
  const [role, setRole] = useState<AccountRole>(account.role);
  const [tried, setTried] = useState(false);
  const missing = tried && !name.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim()) return;
    change.mutate(
      { id: account.id, name: name.trim(), role },
      {
        onSuccess: (changed) => {
          toast.show({
            tone: 'success',
            text: t('edit.saved', { name: changed.name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal open title={t('edit.title')} onClose={onClose}>
      <form className="account-form" onSubmit={submit} noValidate>
        <p className="account-muted">
          {t(`platform.${account.platform}`)} · {account.handle}
        </p>
        <Field
          label={t('goalForm.name')}
          error={missing ? t('form.required') : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('form.role')}>
          {(control) => (
            <select
              {...control}
              className="ui-select"
              value={role}
              onChange={(event) => setRole(event.target.value as AccountRole)}
            >
              {ACCOUNT_ROLES.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`role.${candidate}`)} – {t(`role.${candidate}.hint`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {change.isError && (
          <ErrorState
            error={change.error}
            fields={accountFieldErrors}
            compact
          />
        )}
        <div className="account-form__submit">
          <Button type="submit" variant="primary" busy={change.isPending}>
            {t('edit.submit')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
