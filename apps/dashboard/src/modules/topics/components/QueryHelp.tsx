import { useMessages } from '../../../i18n/messages';
import { topicsMessages } from '../topics.messages';

const EXAMPLES = [
  { query: 'lego -legoland', what: 'help.exclude' },
  { query: '"grøn omstilling"', what: 'help.phrase' },
  { query: '#dkbiz OR #dkpol', what: 'help.hashtags' },
] as const;

export type QueryHelpProps = {
  /** Puts an example into the query field. */
  onUse?(query: string): void;
};

/** The query language in three examples, each one click from the editor. */
export function QueryHelp({ onUse }: QueryHelpProps) {
  const t = useMessages(topicsMessages);
  return (
    <aside className="topic-help" aria-label={t('help.title')}>
      <p className="topic-help__title">{t('help.title')}</p>
      <p className="topic-help__text">{t('help.words')}</p>
      <ul className="topic-help__examples">
        {EXAMPLES.map((example) => (
          <li key={example.query}>
            {onUse ? (
              <button
                type="button"
                className="topic-help__code"
                aria-label={t('help.use', { example: example.query })}
                onClick={() => onUse(example.query)}
              >
                {example.query}
              </button>
            ) : (
              <code className="topic-help__code">{example.query}</code>
            )}
            <span>{t(example.what)}</span>
          </li>
        ))}
      </ul>
      <p className="topic-help__text">{t('help.more')}</p>
    </aside>
  );
}
