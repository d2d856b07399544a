import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { Button, Field, Notice } from '../../ui';
import { authMessages } from '../auth.messages';
import type { SignedOutReason } from '../session-store';

export type TokenPromptProps = {
  reason: SignedOutReason;
  onSubmit(token: string): void;
};

export function TokenPrompt({ reason, onSubmit }: TokenPromptProps) {
  const t = useMessages(authMessages);
  const [token, setToken] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onSubmit(token.trim());
  };

  return (
    <main className="sign-in">
      <div className="sign-in__card">
        <div className="sign-in__brand" aria-hidden="true">
          <LytMark />
          <span>Lyt</span>
        </div>
        <h1 className="sign-in__title">{t('title')}</h1>
        <p className="sign-in__explain">{t('explain')}</p>
        {reason === 'rejected' && (
          <Notice tone="danger" title={t('rejected')}>
            {t('rejectedHint')}
          </Notice>
        )}
        {reason === 'signed-out' && (
          <Notice tone="info" title={t('signedOut')} />
        )}
        <form onSubmit={submit} className="sign-in__form">
          <Field label={t('label')}>
            {(control) => (
              <input
                {...control}
                className="ui-input"
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={token}
                onChange={(event) => setToken(event.target.value)}
              />
            )}
          </Field>
          <Button type="submit" variant="primary" disabled={!token.trim()}>
            {t('submit')}
          </Button>
        </form>
      </div>
    </main>
  );
}

/** Lyt's mark: a listening ear drawn as sound waves. */
export function LytMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="#0f6b75" />
      <path
        d="M11 9v14h10"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
      <path
        d="M21 10.5a6 6 0 0 1 0 7"
        stroke="#7fd3da"
        strokeWidth="2"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
