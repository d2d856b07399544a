import {
  SENTIMENT_LABELS,
  TOPIC_KINDS,
  type SentimentLabel,
  type TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { useQuery } from '@tanstack/react-query';
import {
  type FormEvent,
  type ReactNode,
  useEffect,
  useId,
  useState,
} from 'react';
import { useMessages } from '../../../i18n/messages';
import { interestListsQuery } from '../../accounts/api/account-queries';
import { InterestListSelect } from '../../accounts/components/InterestListSelect';
import { useApiClient } from '../../api/ApiClientProvider';
import { sourceListQuery } from '../../sources/api/source-queries';
import { statsQuery } from '../../stats/api/stats-queries';
import { dayOf, dayStart } from '../../stats/period';
import { topicListQuery } from '../../topics/api/topic-queries';
import { Button, Chip, Field, Panel } from '../../ui';
import { uiMessages } from '../../ui/ui.messages';
import { exploreMessages } from '../explore.messages';
import {
  EMPTY_SELECTION,
  type ExploreSelection,
  isEmptySelection,
  type ListField,
} from '../explore-selection';

/** The languages Lyt's detector tells apart. */
const LANGUAGES = ['da', 'en', 'sv', 'no', 'de'] as const;
const SUGGESTIONS = 20;
const SUGGESTED_CHIPS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ExploreFiltersProps = {
  selection: ExploreSelection;
  onChange(change: (current: ExploreSelection) => ExploreSelection): void;
};

const toggled = <T extends string>(values: T[], value: T) =>
  values.includes(value)
    ? values.filter((v) => v !== value)
    : [...values, value];

/** Every filter of explore; each change goes to the URL at once (the free text when submitted). */
export function ExploreFilters({ selection, onChange }: ExploreFiltersProps) {
  const t = useMessages(exploreMessages);
  const tu = useMessages(uiMessages);
  const api = useApiClient();
  const topics = useQuery(topicListQuery(api));
  const sources = useQuery(sourceListQuery(api));
  const lists = useQuery(interestListsQuery(api));
  const toggle =
    <F extends ListField>(field: F) =>
    (value: ExploreSelection[F][number]) =>
      onChange((current) => ({
        ...current,
        [field]: toggled(current[field] as string[], value),
      }));
  const sourceNames = new Map(sources.data?.map((s) => [s.id, s.name]));

  return (
    <Panel
      title={t('filters.title')}
      className="explore-filters"
      actions={
        <Button
          size="sm"
          variant="ghost"
          icon="close"
          disabled={isEmptySelection(selection)}
          onClick={() => onChange(() => EMPTY_SELECTION)}
        >
          {t('filters.clear')}
        </Button>
      }
    >
      <div className="explore-filters__row">
        <SearchField
          value={selection.q}
          onSubmit={(q) => onChange((current) => ({ ...current, q }))}
        />
        <DateField
          label={t('filters.from')}
          value={selection.from ? dayOf(new Date(selection.from)) : ''}
          onChange={(day) =>
            onChange((current) => ({
              ...current,
              from: day ? (dayStart(day)?.toISOString() ?? null) : null,
            }))
          }
        />
        <DateField
          label={t('filters.to')}
          value={
            selection.to ? dayOf(new Date(Date.parse(selection.to) - 1)) : ''
          }
          onChange={(day) =>
            onChange((current) => {
              const start = day ? dayStart(day) : null;
              // The day after, at its Copenhagen midnight: "to" includes the chosen day.
              const end = start
                ? dayStart(
                    dayOf(new Date(start.getTime() + DAY_MS + 3_600_000)),
                  )
                : null;
              return { ...current, to: end?.toISOString() ?? null };
            })
          }
        />
      </div>

      <ChipGroup label={t('filters.topics')}>
        {topics.data?.length === 0 && (
          <span className="explore-filters__hint">{t('filters.noTopics')}</span>
        )}
        {topics.data?.map((topic) => (
          <Chip
            key={topic.id}
            color={topic.color}
            selected={selection.topic.includes(topic.id)}
            onToggle={() => toggle('topic')(topic.id)}
          >
            {topic.name}
          </Chip>
        ))}
      </ChipGroup>

      <div className="explore-filters__columns">
        <ChipGroup label={t('filters.kinds')}>
          {TOPIC_KINDS.map((kind: TopicKind) => (
            <Chip
              key={kind}
              selected={selection.kind.includes(kind)}
              onToggle={() => toggle('kind')(kind)}
            >
              {t(`kind.${kind}`)}
            </Chip>
          ))}
        </ChipGroup>
        <ChipGroup label={t('filters.sentiment')}>
          {SENTIMENT_LABELS.map((label: SentimentLabel) => (
            <Chip
              key={label}
              selected={selection.sentiment.includes(label)}
              onToggle={() => toggle('sentiment')(label)}
            >
              {tu(`sentiment.${label}`)}
            </Chip>
          ))}
        </ChipGroup>
        <ChipGroup label={t('filters.language')}>
          {LANGUAGES.map((code) => (
            <Chip
              key={code}
              selected={selection.language.includes(code)}
              onToggle={() => toggle('language')(code)}
            >
              {t(`language.${code}`)}
            </Chip>
          ))}
          {selection.language
            .filter((code) => !(LANGUAGES as readonly string[]).includes(code))
            .map((code) => (
              <Chip
                key={code}
                selected
                onToggle={() => toggle('language')(code)}
              >
                {code.toUpperCase()}
              </Chip>
            ))}
        </ChipGroup>
      </div>

      <div className="explore-filters__columns">
        <HashtagField
          selected={selection.hashtag}
          onAdd={(tag) =>
            onChange((current) =>
              current.hashtag.includes(tag)
                ? current
                : { ...current, hashtag: [...current.hashtag, tag] },
            )
          }
          onRemove={(tag) => toggle('hashtag')(tag)}
        />
        <div className="explore-filters__group">
          <InterestListSelect
            lists={lists.data ?? []}
            value={selection.list}
            onChange={(list) => onChange((current) => ({ ...current, list }))}
            testId="explore-list"
          />
        </div>
        <div className="explore-filters__group">
          <Field label={t('filters.sourceAdd')}>
            {(control) => (
              <select
                {...control}
                className="ui-select"
                value=""
                onChange={(event) => {
                  const id = event.target.value;
                  if (id && !selection.source.includes(id))
                    onChange((current) => ({
                      ...current,
                      source: [...current.source, id],
                    }));
                }}
              >
                <option value="">{t('filters.sourceAny')}</option>
                {sources.data
                  ?.filter((source) => !selection.source.includes(source.id))
                  .map((source) => (
                    <option key={source.id} value={source.id}>
                      {source.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          {selection.source.length > 0 && (
            <ul
              className="explore-filters__chips"
              aria-label={t('filters.sources')}
            >
              {selection.source.map((id) => (
                <li key={id}>
                  <Chip onRemove={() => toggle('source')(id)}>
                    {sourceNames.get(id) ?? id}
                  </Chip>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Panel>
  );
}

function ChipGroup({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="explore-filters__group explore-filters__fieldset">
      <legend className="ui-field__label">{label}</legend>
      <div className="explore-filters__chips">{children}</div>
    </fieldset>
  );
}

function SearchField({
  value,
  onSubmit,
}: {
  value: string;
  onSubmit(q: string): void;
}) {
  const t = useMessages(exploreMessages);
  const [draft, setDraft] = useState(value);
  // Back and forward change the URL: the field follows it.
  useEffect(() => setDraft(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft.trim());
  };
  return (
    <form role="search" className="explore-filters__search" onSubmit={submit}>
      <Field label={t('filters.q')}>
        {(control) => (
          <input
            {...control}
            type="search"
            className="ui-input"
            value={draft}
            maxLength={500}
            placeholder={t('filters.qPlaceholder')}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => {
              if (draft.trim() !== value) onSubmit(draft.trim());
            }}
          />
        )}
      </Field>
    </form>
  );
}

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(day: string): void;
}) {
  return (
    <div className="explore-filters__date">
      <Field label={label}>
        {(control) => (
          <input
            {...control}
            type="date"
            className="ui-input"
            value={value}
            max={dayOf(new Date())}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}

function HashtagField({
  selected,
  onAdd,
  onRemove,
}: {
  selected: string[];
  onAdd(tag: string): void;
  onRemove(tag: string): void;
}) {
  const t = useMessages(exploreMessages);
  const listId = useId();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const top = useQuery(
    statsQuery(
      useApiClient(),
      'hashtags',
      { preset: '7d' },
      { limit: SUGGESTIONS },
    ),
  );
  // A few of the week's top hashtags to pick with one click, until some are chosen.
  const suggested =
    selected.length === 0
      ? (top.data?.hashtags ?? [])
          .slice(0, SUGGESTED_CHIPS)
          .map((entry) => entry.tag)
      : [];
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    const tag = normaliseHashtag(draft.trim());
    if (tag === null) {
      setInvalid(draft.trim());
      return;
    }
    setInvalid(null);
    setDraft('');
    onAdd(tag);
  };
  return (
    <form className="explore-filters__group" onSubmit={add}>
      <Field
        label={t('filters.hashtagAdd')}
        hint={t('filters.hashtagHint')}
        error={
          invalid !== null
            ? t('filters.hashtagInvalid', { text: invalid })
            : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            className="ui-input"
            list={listId}
            value={draft}
            maxLength={100}
            autoComplete="off"
            placeholder={t('filters.hashtagPlaceholder')}
            onChange={(event) => {
              setDraft(event.target.value);
              setInvalid(null);
            }}
          />
        )}
      </Field>
      <datalist id={listId}>
        {top.data?.hashtags
          .filter((entry) => !selected.includes(entry.tag))
          .map((entry) => (
            <option key={entry.tag} value={`#${entry.tag}`} />
          ))}
      </datalist>
      {suggested.length > 0 && (
        <ul
          className="explore-filters__chips"
          aria-label={t('filters.suggested')}
        >
          {suggested.map((tag) => (
            <li key={tag}>
              <Chip selected={false} onToggle={() => onAdd(tag)}>
                #{tag}
              </Chip>
            </li>
          ))}
        </ul>
      )}
      {selected.length > 0 && (
        <ul
          className="explore-filters__chips"
          aria-label={t('filters.hashtags')}
        >
          {selected.map((tag) => (
            <li key={tag}>
              <Chip selected onRemove={() => onRemove(tag)} name={`#${tag}`}>
                #{tag}
              </Chip>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
