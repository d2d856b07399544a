import { TOPIC_KINDS, type TopicKind, type ViewerToken } from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/language';
import { LanguageProvider, useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { interestListsQuery } from '../../accounts/api/account-queries';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import { columnListQuery } from '../../explore/api/column-queries';
import { topicListQuery } from '../../topics/api/topic-queries';
import {
  Button,
  ButtonLink,
  Chip,
  ConfirmDialog,
  ErrorState,
  Field,
  Notice,
  Panel,
  SegmentedControl,
  useToast,
} from '../../ui';
import {
  DEFAULT_SCREEN_OPTIONS,
  MAX_SECONDS,
  MIN_SECONDS,
  SCREEN_LAYOUTS,
  SCREEN_THEMES,
  type ScreenOptions,
  screenHref,
} from '../screen-options';
import { screenMessages } from '../screen.messages';
import { ScreenView } from './ScreenView';

type LanguageChoice = Language | 'browser';

/** Hashtags as typed ("#dkbiz, givlivetvidere") in their stored form, or the first that is none. */
function readHashtags(text: string): { tags: string[] } | { invalid: string } {
  const tags: string[] = [];
  for (const written of text.split(/[\s,]+/).filter(Boolean)) {
    const tag = normaliseHashtag(written);
    if (tag === null) return { invalid: written };
    if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags };
}

/**
 * Settings › Info-screen (admin): composes a screen link from the layout,
 * theme, language, pace and filter, with the viewer token in it, beside a
 * live preview of exactly that screen. A viewer reads why it is not theirs.
 */
export function ScreenSection() {
  const t = useMessages(screenMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const api = useApiClient();
  const toast = useToast();
  const topics = useQuery({ ...topicListQuery(api), enabled: isAdmin });
  const columns = useQuery({ ...columnListQuery(api), enabled: isAdmin });
  const lists = useQuery({ ...interestListsQuery(api), enabled: isAdmin });
  const [options, setOptions] = useState<ScreenOptions>(DEFAULT_SCREEN_OPTIONS);
  const [secondsText, setSecondsText] = useState(
    String(DEFAULT_SCREEN_OPTIONS.seconds),
  );
  const [hashtagText, setHashtagText] = useState('');
  const [token, setToken] = useState('');
  const [confirming, setConfirming] = useState(false);
  const rotate = useMutation({
    mutationFn: () => api.post<ViewerToken>('/access/viewer-token'),
    onSuccess: ({ token: fresh }) => {
      setToken(fresh);
      setConfirming(false);
      toast.show({ tone: 'success', text: t('builder.token.made') });
    },
    onError: () => setConfirming(false),
  });

  if (!isAdmin)
    return (
      <div className="settings-section">
        <Notice tone="info">{t('builder.viewerOnly')}</Notice>
      </div>
    );

  const change = (next: Partial<ScreenOptions>) =>
    setOptions((current) => ({ ...current, ...next }));
  const range = {
    min: formatNumber(MIN_SECONDS, language),
    max: formatNumber(MAX_SECONDS, language),
  };
  const seconds = Number(secondsText);
  const secondsValid =
    Number.isInteger(seconds) &&
    seconds >= MIN_SECONDS &&
    seconds <= MAX_SECONDS;
  const hashtags = readHashtags(hashtagText);
  const toggle = <T,>(values: T[], value: T) =>
    values.includes(value)
      ? values.filter((each) => each !== value)
      : [...values, value];
  const trimmedToken = token.trim();
  const link = `${window.location.origin}${screenHref(options, trimmedToken || undefined)}`;
  const languageChoice: LanguageChoice = options.language ?? 'browser';
  const previewLanguage = options.language ?? language;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      toast.show({ tone: 'success', text: t('builder.copied') });
    } catch {
      toast.show({ tone: 'warning', text: t('builder.copyFailed') });
    }
  };

  return (
    <div className="settings-section">
      <div className="screen-builder__layout">
        <Panel title={t('builder.title')} description={t('builder.lead')}>
          <div className="screen-builder__form">
            <div className="screen-builder__choice">
              <span className="ui-field__label">{t('builder.layout')}</span>
              <SegmentedControl
                label={t('builder.layout')}
                value={options.layout}
                onChange={(layout) => change({ layout })}
                options={SCREEN_LAYOUTS.map((layout) => ({
                  value: layout,
                  label: t(`builder.layout.${layout}`),
                }))}
              />
            </div>
            <div className="screen-builder__choice">
              <span className="ui-field__label">{t('builder.theme')}</span>
              <SegmentedControl
                label={t('builder.theme')}
                value={options.theme}
                onChange={(theme) => change({ theme })}
                options={SCREEN_THEMES.map((theme) => ({
                  value: theme,
                  label: t(`builder.theme.${theme}`),
                }))}
              />
            </div>
            <div className="screen-builder__choice">
              <span className="ui-field__label">{t('builder.language')}</span>
              <SegmentedControl<LanguageChoice>
                label={t('builder.language')}
                value={languageChoice}
                onChange={(choice) =>
                  change({ language: choice === 'browser' ? null : choice })
                }
                options={(['browser', 'da', 'en'] as const).map((choice) => ({
                  value: choice,
                  label: t(`builder.language.${choice}`),
                }))}
              />
            </div>
            <Field
              label={t('builder.seconds')}
              hint={t('builder.seconds.hint', range)}
              error={
                secondsValid ? undefined : t('builder.seconds.invalid', range)
              }
            >
              {(control) => (
                <input
                  {...control}
                  className="ui-input screen-builder__seconds"
                  type="number"
                  inputMode="numeric"
                  min={MIN_SECONDS}
                  max={MAX_SECONDS}
                  value={secondsText}
                  onChange={(event) => {
                    setSecondsText(event.target.value);
                    const next = Number(event.target.value);
                    if (
                      Number.isInteger(next) &&
                      next >= MIN_SECONDS &&
                      next <= MAX_SECONDS
                    )
                      change({ seconds: next });
                  }}
                />
              )}
            </Field>
            <Field
              label={t('builder.column')}
              hint={
                options.column
                  ? t('builder.column.chosen')
                  : columns.data?.length === 0
                    ? t('builder.column.none')
                    : t('builder.column.hint')
              }
            >
              {(control) => (
                <select
                  {...control}
                  className="ui-select"
                  value={options.column ?? ''}
                  onChange={(event) =>
                    change({ column: event.target.value || null })
                  }
                >
                  <option value="">{t('builder.column.own')}</option>
                  {(columns.data ?? []).map((column) => (
                    <option key={column.id} value={column.id}>
                      {column.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {options.column === null && (
              <>
                <fieldset className="screen-builder__chips">
                  <legend className="ui-field__label">
                    {t('builder.topics')}
                  </legend>
                  {topics.data && topics.data.length === 0 ? (
                    <p className="ui-field__hint">{t('builder.topics.none')}</p>
                  ) : (
                    <>
                      <div className="screen-builder__chip-row">
                        {(topics.data ?? []).map((topic) => (
                          <Chip
                            key={topic.id}
                            color={topic.color}
                            selected={options.topics.includes(topic.id)}
                            onToggle={() =>
                              change({
                                topics: toggle(options.topics, topic.id),
                              })
                            }
                          >
                            {topic.name}
                          </Chip>
                        ))}
                      </div>
                      <p className="ui-field__hint">
                        {t('builder.topics.hint')}
                      </p>
                    </>
                  )}
                </fieldset>
                <fieldset className="screen-builder__chips">
                  <legend className="ui-field__label">
                    {t('builder.kinds')}
                  </legend>
                  <div className="screen-builder__chip-row">
                    {TOPIC_KINDS.map((kind: TopicKind) => (
                      <Chip
                        key={kind}
                        selected={options.kinds.includes(kind)}
                        onToggle={() =>
                          change({ kinds: toggle(options.kinds, kind) })
                        }
                      >
                        {t(`builder.kind.${kind}`)}
                      </Chip>
                    ))}
                  </div>
                </fieldset>
                <Field
                  label={t('builder.hashtags')}
                  hint={t('builder.hashtags.hint')}
                  error={
                    'invalid' in hashtags
                      ? t('builder.hashtags.invalid', { tag: hashtags.invalid })
                      : undefined
                  }
                >
                  {(control) => (
                    <input
                      {...control}
                      className="ui-input"
                      value={hashtagText}
                      onChange={(event) => {
                        setHashtagText(event.target.value);
                        const read = readHashtags(event.target.value);
                        if ('tags' in read) change({ hashtags: read.tags });
                      }}
                    />
                  )}
                </Field>
                <Field label={t('builder.list')} hint={t('builder.list.hint')}>
                  {(control) => (
                    <select
                      {...control}
                      className="ui-select"
                      value={options.list ?? ''}
                      onChange={(event) =>
                        change({ list: event.target.value || null })
                      }
                    >
                      <option value="">{t('builder.list.any')}</option>
                      {(lists.data ?? []).map((list) => (
                        <option key={list.id} value={list.id}>
                          {list.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </>
            )}
            <Field label={t('builder.token')} hint={t('builder.token.hint')}>
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
            <div>
              <Button
                variant="danger"
                icon="refresh"
                onClick={() => setConfirming(true)}
              >
                {t('builder.token.rotate')}
              </Button>
              {rotate.isError && <ErrorState error={rotate.error} compact />}
            </div>
            <Field
              label={t('builder.link')}
              hint={trimmedToken ? undefined : t('builder.link.missingToken')}
            >
              {(control) => (
                <input
                  {...control}
                  className="ui-input screen-builder__link"
                  readOnly
                  value={link}
                  data-testid="screen-link"
                  onFocus={(event) => event.currentTarget.select()}
                />
              )}
            </Field>
            <div className="screen-builder__actions">
              <Button
                variant="primary"
                icon="copy"
                disabled={!trimmedToken}
                onClick={() => void copy()}
              >
                {t('builder.copy')}
              </Button>
              {/* Without the token: in this browser the screen opens with the admin's own session. */}
              <ButtonLink
                to={screenHref(options)}
                target="_blank"
                rel="noreferrer"
                icon="external"
              >
                {t('builder.open')}
              </ButtonLink>
            </div>
          </div>
        </Panel>
        <Panel
          title={t('builder.preview')}
          description={t('builder.preview.lead')}
        >
          <div lang={previewLanguage} data-testid="screen-preview">
            <LanguageProvider
              key={previewLanguage}
              initial={previewLanguage}
              scoped
            >
              <ScreenView options={options} preview />
            </LanguageProvider>
          </div>
        </Panel>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('builder.token.confirm.title')}
        text={t('builder.token.confirm.text')}
        confirmLabel={t('builder.token.confirm.action')}
        danger
        busy={rotate.isPending}
        onConfirm={() => rotate.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
