import { describe, expect, it } from 'vitest';
import { defineMessages, translator } from './messages';

const messages = defineMessages({
  en: {
    title: 'Sources',
    count: ({ count }: { count: number }) =>
      count === 1 ? '1 source' : `${count} sources`,
  },
  da: {
    title: 'Kilder',
    count: ({ count }: { count: number }) =>
      count === 1 ? '1 kilde' : `${count} kilder`,
  },
});

describe(defineMessages.name, () => {
  it('translates plain strings and messages with parameters in each language', () => {
    expect(translator(messages, 'da')('title')).toBe('Kilder');
    expect(translator(messages, 'en')('count', { count: 3 })).toBe('3 sources');
    expect(translator(messages, 'da')('count', { count: 1 })).toBe('1 kilde');
  });

  it('refuses, at compile time, a dictionary that misses a language or a key, or a call without its parameters', () => {
    // These lines are checked by `tsc` (the typecheck target), not run.
    const unchecked = () => {
      // @ts-expect-error Danish is missing the key "title"
      defineMessages({ en: { title: 'Sources' }, da: {} });
      defineMessages({
        en: { count: ({ count }: { count: number }) => `${count}` },
        // @ts-expect-error a message that takes parameters must be a function in Danish too
        da: { count: 'tal' },
      });
      const t = translator(messages, 'en');
      // @ts-expect-error no such key
      t('nope');
      // @ts-expect-error count needs its parameters
      t('count');
    };
    expect(unchecked).toBeTypeOf('function');
  });
});
