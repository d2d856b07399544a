import {
  ALERT_SELECTION_FIELDS,
  ALERT_TRIGGERS,
  SENTIMENT_LABELS,
  TOPIC_KINDS,
  type AlertChannelOptions,
  type AlertFrequency,
  type AlertRule,
  type AlertSelection,
  type InterestList,
  type Source,
  type Topic,
} from '@lyt/contracts';
import {
  type FormEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { ApiError } from '../../api/api-client';
import {
  Button,
  Chip,
  Field,
  Modal,
  Notice,
  SegmentedControl,
  useErrorMessage,
  useToast,
} from '../../ui';
import { uiMessages } from '../../ui/ui.messages';
import {
  type AlertForm,
  type AlertFormErrors,
  alertFormErrors,
  alertFormOf,
  alertRuleInput,
  checkAlertForm,
  newAlertForm,
  withTrigger,
} from '../alert-form';
import { alertsMessages } from '../alerts.messages';
import { formatHour, KNOWN_LANGUAGES } from '../hooks/useRuleSummary';
import { useSaveAlertRule } from '../hooks/useSaveAlertRule';

const RATE_LIMITS: AlertFrequency[] = ['instant', 'hourly', 'daily', 'weekly'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export type AlertRuleFormProps = {
  /** The rule to change; null for a new one. */
  rule: AlertRule | null;
  topics: Topic[];
  sources: Source[];
  /** `GET /api/lists`: offered to a mention rule. */
  lists: InterestList[];
  channels: AlertChannelOptions | undefined;
  onClose(): void;
};

/** Create or change a rule, in the words of someone who wants to be told, not of the API. */
export function AlertRuleForm({
  rule,
  topics,
  sources,
  lists,
  channels,
  onClose,
}: AlertRuleFormProps) {
  const t = useMessages(alertsMessages);
  const ui = useMessages(uiMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const save = useSaveAlertRule();
  const saveError = useErrorMessage(save.error);
  const [form, setForm] = useState<AlertForm>(() =>
    rule ? alertFormOf(rule) : newAlertForm(language),
  );
  const [errors, setErrors] = useState<AlertFormErrors>({});
  // Bumped by each refused submit: the first field in error then takes the focus.
  const [refused, setRefused] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();

  useEffect(() => {
    if (refused > 0)
      formRef.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?.focus();
  }, [refused]);
  const emailOff = channels?.email.available === false;
  const reads: readonly (keyof AlertSelection)[] =
    ALERT_SELECTION_FIELDS[form.trigger];

  const change = (patch: Partial<AlertForm>) =>
    setForm((was) => ({ ...was, ...patch }));
  const toggle = <K extends keyof AlertSelection>(
    field: K,
    value: AlertSelection[K][number],
  ) =>
    setForm((was) => {
      const values = was.selection[field] as string[];
      return {
        ...was,
        selection: {
          ...was.selection,
          [field]: values.includes(value)
            ? values.filter((v) => v !== value)
            : [...values, value],
        },
      };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = checkAlertForm(form);
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setRefused((n) => n + 1);
      return;
    }
    save.mutate(
      { id: rule?.id ?? null, input: alertRuleInput(form) },
      {
        onSuccess: (saved) => {
          toast.show({
            tone: 'success',
            text: t('saved', { name: saved.name }),
          });
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400) {
            setErrors(alertFormErrors(error.message));
            setRefused((n) => n + 1);
          }
        },
      },
    );
  };

  const formError =
    errors.form ??
    errors.selection ??
    errors.trigger ??
    errors.enabled ??
    (save.isError &&
    !(save.error instanceof ApiError && save.error.status === 400)
      ? saveError
      : undefined);

  return (
    <Modal
      open
      size="lg"
      title={rule ? t('form.edit', { name: rule.name }) : t('form.create')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{ui('cancel')}</Button>
          <Button
            type="submit"
            form={formId}
            variant="primary"
            busy={save.isPending}
          >
            {rule ? t('form.save') : t('form.create.submit')}
          </Button>
        </>
      }
    >
      <form
        ref={formRef}
        id={formId}
        className="alert-form"
        onSubmit={submit}
        noValidate
      >
        {formError && (
          <Notice tone="danger" title={t('form.failed')}>
            {formError}
          </Notice>
        )}
        <Field
          label={t('form.name')}
          hint={t('form.name.hint')}
          error={errors.name}
          required
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={form.name}
              maxLength={200}
              onChange={(event) => change({ name: event.target.value })}
            />
          )}
        </Field>

        <fieldset className="alert-form__group">
          <legend className="ui-field__label">{t('form.trigger')}</legend>
          <div className="alert-form__triggers">
            {ALERT_TRIGGERS.map((trigger) => (
              <label key={trigger} className="alert-form__trigger">
                <input
                  type="radio"
                  name={`${formId}-trigger`}
                  value={trigger}
                  checked={form.trigger === trigger}
                  onChange={() => setForm((was) => withTrigger(was, trigger))}
                />
                <span>
                  <span className="alert-form__trigger-name">
                    {t(`trigger.${trigger}`)}
                  </span>
                  <span className="alert-form__trigger-what">
                    {t(`trigger.${trigger}.what`)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        {reads.length > 0 && (
          <fieldset className="alert-form__group">
            <legend className="ui-field__label">{t('form.selection')}</legend>
            {form.trigger === 'mention' && (
              <p className="ui-field__hint">{t('form.selection.hint')}</p>
            )}
            {reads.includes('topics') && (
              <Group
                label={t('form.topics')}
                error={errors['selection.topics']}
                empty={topics.length === 0 ? t('form.topics.none') : undefined}
              >
                {topics.map((topic) => (
                  <Chip
                    key={topic.id}
                    color={topic.color}
                    selected={form.selection.topics.includes(topic.id)}
                    onToggle={() => toggle('topics', topic.id)}
                  >
                    {topic.name}
                  </Chip>
                ))}
              </Group>
            )}
            {reads.includes('kinds') && (
              <Group label={t('form.kinds')} error={errors['selection.kinds']}>
                {TOPIC_KINDS.map((kind) => (
                  <Chip
                    key={kind}
                    selected={form.selection.kinds.includes(kind)}
                    onToggle={() => toggle('kinds', kind)}
                  >
                    {capitalised(t(`kind.${kind}`))}
                  </Chip>
                ))}
              </Group>
            )}
            {reads.includes('sentiment') && (
              <Group
                label={t('form.sentiment')}
                error={errors['selection.sentiment']}
              >
                {SENTIMENT_LABELS.map((label) => (
                  <Chip
                    key={label}
                    selected={form.selection.sentiment.includes(label)}
                    onToggle={() => toggle('sentiment', label)}
                  >
                    {ui(`sentiment.${label}`)}
                  </Chip>
                ))}
              </Group>
            )}
            {reads.includes('language') && (
              <Group
                label={t('form.language')}
                error={errors['selection.language']}
              >
                {KNOWN_LANGUAGES.map((code) => (
                  <Chip
                    key={code}
                    selected={form.selection.language.includes(code)}
                    onToggle={() => toggle('language', code)}
                  >
                    {t(`language.${code}`)}
                  </Chip>
                ))}
              </Group>
            )}
            {reads.includes('hashtags') && (
              <Field
                label={t('form.hashtags')}
                hint={t('form.hashtags.hint')}
                error={errors['selection.hashtags']}
              >
                {(control) => (
                  <input
                    {...control}
                    className="ui-input"
                    value={form.hashtags}
                    spellCheck={false}
                    onChange={(event) =>
                      change({ hashtags: event.target.value })
                    }
                  />
                )}
              </Field>
            )}
            {reads.includes('sources') && (
              <Group
                label={t('form.sources')}
                error={errors['selection.sources']}
                empty={
                  sources.length === 0 ? t('form.sources.none') : undefined
                }
              >
                {sources.map((source) => (
                  <Chip
                    key={source.id}
                    selected={form.selection.sources.includes(source.id)}
                    onToggle={() => toggle('sources', source.id)}
                  >
                    {source.name}
                  </Chip>
                ))}
              </Group>
            )}
            {reads.includes('lists') && (
              <Group
                label={t('form.lists')}
                hint={lists.length > 0 ? t('form.lists.hint') : undefined}
                error={errors['selection.lists']}
                empty={lists.length === 0 ? t('form.lists.none') : undefined}
              >
                {lists.map((list) => (
                  <Chip
                    key={list.id}
                    selected={form.selection.lists.includes(list.id)}
                    onToggle={() => toggle('lists', list.id)}
                  >
                    {list.name}
                  </Chip>
                ))}
              </Group>
            )}
          </fieldset>
        )}

        {form.trigger === 'source-failing' && (
          <Field
            label={t('form.failingFor')}
            hint={t('form.failingFor.hint')}
            error={
              errors.failingForMinutes === 'whole'
                ? t('form.failingFor.whole')
                : errors.failingForMinutes
            }
          >
            {(control) => (
              <input
                {...control}
                className="ui-input alert-form__number"
                inputMode="numeric"
                value={form.failingForMinutes}
                onChange={(event) =>
                  change({ failingForMinutes: event.target.value })
                }
              />
            )}
          </Field>
        )}

        <div className="alert-form__row">
          {form.trigger === 'digest' ? (
            <>
              <Group label={t('form.period')} error={errors.every}>
                <SegmentedControl
                  label={t('form.period')}
                  value={form.every}
                  onChange={(every) => change({ every })}
                  options={(['daily', 'weekly'] as const).map((value) => ({
                    value,
                    label: t(`period.${value}`),
                  }))}
                />
              </Group>
              <Field label={t('form.digestHour')} error={errors.digestHour}>
                {(control) => (
                  <select
                    {...control}
                    className="ui-select alert-form__hour"
                    value={form.digestHour}
                    onChange={(event) =>
                      change({ digestHour: Number(event.target.value) })
                    }
                  >
                    {HOURS.map((hour) => (
                      <option key={hour} value={hour}>
                        {formatHour(hour, language)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          ) : (
            <Group
              label={t('form.every')}
              hint={t('form.every.hint')}
              error={errors.every}
            >
              <SegmentedControl
                label={t('form.every')}
                value={form.every}
                onChange={(every) => change({ every })}
                options={RATE_LIMITS.map((value) => ({
                  value,
                  label: t(`every.${value}`),
                }))}
              />
            </Group>
          )}
          <Group label={t('form.messageLanguage')} error={errors.language}>
            <SegmentedControl
              label={t('form.messageLanguage')}
              value={form.language}
              onChange={(value) => change({ language: value })}
              options={(['da', 'en'] as const).map((value) => ({
                value,
                label: t(`language.${value}`),
              }))}
            />
          </Group>
        </div>

        <fieldset className="alert-form__group">
          <legend className="ui-field__label">{t('form.channel')}</legend>
          <div className="alert-form__channels">
            {(['webhook', 'email'] as const).map((type) => (
              <label key={type} className="alert-form__channel">
                <input
                  type="radio"
                  name={`${formId}-channel`}
                  value={type}
                  checked={form.channelType === type}
                  disabled={type === 'email' && emailOff}
                  onChange={() => change({ channelType: type })}
                />
                {t(`channel.${type}`)}
              </label>
            ))}
          </div>
          {emailOff && (
            <p className="ui-field__hint" data-testid="alert-email-off">
              {t('form.email.off', { reason: channels.email.reason ?? '' })}
            </p>
          )}
          {errors.channel && (
            <p className="ui-field__error" role="alert">
              {errors.channel}
            </p>
          )}
          {form.channelType === 'webhook' ? (
            <>
              <Field
                label={t('form.url')}
                hint={t('form.url.hint')}
                error={errors.url}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    className="ui-input"
                    inputMode="url"
                    autoComplete="off"
                    spellCheck={false}
                    placeholder="https://hooks.slack.com/services/…"
                    value={form.url}
                    onChange={(event) => change({ url: event.target.value })}
                  />
                )}
              </Field>
              <Field
                label={t('form.secret')}
                hint={
                  rule?.channel.type === 'webhook' &&
                  rule.channel.secretHint &&
                  !form.removeSecret
                    ? t('form.secret.keep', { hint: rule.channel.secretHint })
                    : t('form.secret.hint')
                }
                error={errors.secret}
              >
                {(control) => (
                  <input
                    {...control}
                    className="ui-input"
                    type="password"
                    autoComplete="new-password"
                    spellCheck={false}
                    value={form.secret}
                    disabled={form.removeSecret}
                    onChange={(event) => change({ secret: event.target.value })}
                  />
                )}
              </Field>
              {rule?.channel.type === 'webhook' && rule.channel.hasSecret && (
                <label className="alert-form__check">
                  <input
                    type="checkbox"
                    checked={form.removeSecret}
                    onChange={(event) =>
                      change({ removeSecret: event.target.checked, secret: '' })
                    }
                  />
                  {t('form.secret.remove')}
                </label>
              )}
            </>
          ) : (
            <Field
              label={t('form.to')}
              hint={t('form.to.hint')}
              error={errors.to}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="ui-input"
                  inputMode="email"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder="chef@example.dk"
                  value={form.to}
                  onChange={(event) => change({ to: event.target.value })}
                />
              )}
            </Field>
          )}
        </fieldset>

        <label className="alert-form__check">
          <input
            type="checkbox"
            checked={form.enabled}
            onChange={(event) => change({ enabled: event.target.checked })}
          />
          {t('form.enabled')}
        </label>
      </form>
    </Modal>
  );
}

/** "virksomheden" in a sentence, "Virksomheden" on a chip of its own. */
const capitalised = (text: string) =>
  text.charAt(0).toLocaleUpperCase() + text.slice(1);

type GroupProps = {
  label: string;
  hint?: string;
  error?: string;
  empty?: string;
  children: ReactNode;
};

/** A labelled row of controls that are no single input (chips, a segmented control), with its error. */
function Group({ label, hint, error, empty, children }: GroupProps) {
  const id = useId();
  return (
    <div
      className={['alert-form__chips', error && 'ui-field--invalid']
        .filter(Boolean)
        .join(' ')}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <span id={`${id}-label`} className="alert-form__chips-label">
        {label}
      </span>
      {empty ? (
        <p className="ui-field__hint">{empty}</p>
      ) : (
        <div className="alert-form__chip-row">{children}</div>
      )}
      {hint && <p className="ui-field__hint">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="ui-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
