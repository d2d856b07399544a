import { useMemo } from 'react';
import type { Language } from './language';
import { useLanguage } from './LanguageProvider';

/**
 * A message is a string, or a function of its parameters when it has any
 * (counts, names): the function is written per language, so plurals and word
 * order stay natural. Numbers and dates are formatted by the caller with
 * `useFormat`, never inside a message.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message declares its own parameters
export type Message = string | ((params: any) => string);
export type MessageDict = Record<string, Message>;

/** The Danish side must have every English key, with the same parameters. */
type SameShape<M extends MessageDict> = {
  [K in keyof M]: M[K] extends string ? string : M[K];
};

export interface Messages<M extends MessageDict> {
  en: M;
  da: SameShape<M>;
}

/**
 * One module's strings in both languages. Each module keeps its own file
 * (`<module>.messages.ts`), so engineers add strings without touching a shared
 * dictionary; the type checker refuses a key that misses a language.
 */
export function defineMessages<const M extends MessageDict>(messages: {
  en: M;
  da: NoInfer<SameShape<M>>;
}): Messages<M> {
  return messages;
}

type Params<V> = V extends (params: infer P) => string ? [params: P] : [];

export type Translate<M extends MessageDict> = <K extends keyof M & string>(
  key: K,
  ...params: Params<M[K]>
) => string;

export function translator<M extends MessageDict>(
  messages: Messages<M>,
  language: Language,
): Translate<M> {
  const dict = messages[language] as MessageDict;
  return (key, ...params) => {
    const message = dict[key];
    if (typeof message === 'function') return message(params[0]);
    return message ?? key;
  };
}

/** The translate function for a module's messages, in the chosen language. */
export function useMessages<M extends MessageDict>(
  messages: Messages<M>,
): Translate<M> {
  const { language } = useLanguage();
  return useMemo(() => translator(messages, language), [messages, language]);
}
