import { FormEvent, useState } from 'react';
import { useLanguage } from '../../../i18n/language';

type TokenPromptProps = {
  rejected: boolean;
  onSubmit(token: string): void;
};

export function TokenPrompt({ rejected, onSubmit }: TokenPromptProps) {
  const { t } = useLanguage();
  const [token, setToken] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onSubmit(token.trim());
  };

  return (
    <main className="token-prompt">
      <h1>{t('token.title')}</h1>
      <p>{t('token.explain')}</p>
      <form onSubmit={submit}>
        <label htmlFor="token">{t('token.label')}</label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <button type="submit">{t('token.submit')}</button>
      </form>
      {rejected && (
        <p role="alert" className="error">
          {t('token.rejected')}
        </p>
      )}
    </main>
  );
}
