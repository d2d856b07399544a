import { ACCOUNT_ROLES, type AccountRole } from '@lyt/contracts';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { ApiError } from '../../api/api-client';
import { Button, ErrorState, Field, Modal, useToast } from '../../ui';
import { accountFieldErrors, accountsMessages } from '../accounts.messages';
import { useAddAccount } from '../hooks/useAccountMutations';

export type AddAccountFormProps = {
  /** The role chosen to begin with (default own). */
  initialRole?: AccountRole;
  onClose(): void;
};

/** A handle or a profile URL and a role: Lyt looks the account up on its platform and starts collecting it. */
export function AddAccountForm({
  initialRole = 'own',
  onClose,
}: AddAccountFormProps) {
  const t = useMessages(accountsMessages);
  const toast = useToast();
  const add = useAddAccount();
  const [address, setAddress] = useState('');
  const [role, setRole] = useState<AccountRole>(initialRole);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && !address.trim();
  /** The two answers a person meets most, in the page's language; others as the server words them. */
  const explained = (error: unknown, written: string): unknown => {
    if (!(error instanceof ApiError)) return error;
    if (error.status === 409)
      return new Error(t('form.exists', { address: written }));
    if (error.status === 400 && /has no (account|profile)/.test(error.message))
      return new Error(t('form.unknown', { address: written }));
    return error;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const written = address.trim();
    if (!written) return;
    add.mutate(
      {
        ...(/^https?:\/\//i.test(written)
          ? { url: written }
          : { handle: written }),
        role,
        ...(name.trim() ? { name: name.trim() } : {}),
      },
      {
        onSuccess: (account) => {
          toast.show({
            tone: 'success',
            text: t('added', { name: account.name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal open title={t('form.title')} onClose={onClose}>
      <form className="account-form" onSubmit={submit} noValidate>
        <Field
          label={t('form.address')}
          hint={t('form.address.hint')}
          error={missing ? t('form.required') : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={address}
              maxLength={2048}
              autoComplete="off"
              spellCheck={false}
              placeholder="@nordlys@mastodon.social"
              onChange={(event) => setAddress(event.target.value)}
            />
          )}
        </Field>
        <fieldset className="account-form__roles">
          <legend className="ui-field__label">{t('form.role')}</legend>
          {ACCOUNT_ROLES.map((candidate) => (
            <label
              key={candidate}
              className={[
                'account-role-option',
                candidate === role && 'account-role-option--chosen',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <input
                type="radio"
                name="account-role"
                value={candidate}
                checked={candidate === role}
                onChange={() => setRole(candidate)}
              />
              <span className="account-role-option__name">
                {t(`role.${candidate}`)}
              </span>
              <span className="account-role-option__hint">
                {t(`role.${candidate}.hint`)}
              </span>
            </label>
          ))}
        </fieldset>
        <Field label={t('form.name')} hint={t('form.name.hint')}>
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
        {add.isError && (
          <ErrorState
            error={explained(add.error, address.trim())}
            fields={accountFieldErrors}
            compact
          />
        )}
        <div className="account-form__submit">
          <Button type="submit" variant="primary" busy={add.isPending}>
            {t('form.submit')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
