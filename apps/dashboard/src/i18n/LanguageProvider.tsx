import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { isLanguage, type Language } from './language';

const STORAGE_KEY = 'lyt.language';

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

export type LanguageProviderProps = {
  children: ReactNode;
  /** Forces a language (tests, an info-screen link with `lang=`); otherwise the stored choice or the browser's. */
  initial?: Language;
  /** A part of the page in another language (the screen builder's preview): the document's `lang` is left alone. */
  scoped?: boolean;
};

export function LanguageProvider({
  children,
  initial,
  scoped,
}: LanguageProviderProps) {
  const [language, setLanguageState] = useState<Language>(
    () => initial ?? initialLanguage(),
  );

  useEffect(() => {
    if (!scoped) document.documentElement.lang = language;
  }, [language, scoped]);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const value = useMemo(
    () => ({ language, setLanguage }),
    [language, setLanguage],
  );
  return (
    <LanguageContext.Provider value={value}>
      {children}
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}
