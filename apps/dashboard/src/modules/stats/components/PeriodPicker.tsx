import { MAX_RANGE_DAYS } from '@lyt/contracts';
import {
  type FormEvent,
  type Ref,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { Button, Field } from '../../ui';
import {
  customPeriod,
  dayOf,
  dayStart,
  type PeriodSelection,
  resolvePeriod,
} from '../period';
import { statsMessages } from '../stats.messages';
import { PeriodPresets } from './PeriodPresets';
import '../stats.css';

export type PeriodPickerProps = {
  value: PeriodSelection;
  onChange(next: PeriodSelection): void;
};

/** The presets, and a custom period of whole days chosen in a small form beside them. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const t = useMessages(statsMessages);
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const custom = value.preset === 'custom' ? value : null;
  const label = custom
    ? `${formatDate(dayStart(custom.from)!, language)} – ${formatDate(dayStart(custom.to)!, language)}`
    : t('custom.open');

  return (
    <div className="period-picker">
      <PeriodPresets
        value={value}
        onChange={(next) => {
          setOpen(false);
          onChange(next);
        }}
      />
      <Button
        ref={toggle}
        size="md"
        variant={custom ? 'primary' : 'secondary'}
        icon="calendar"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => setOpen((shown) => !shown)}
      >
        {label}
      </Button>
      {open && (
        <CustomPeriodForm
          id={formId}
          value={value}
          onCancel={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
          onApply={(next) => {
            setOpen(false);
            onChange(next);
          }}
          today={dayOf(new Date())}
          errors={{
            invalid: t('custom.invalid'),
            'too-long': t('custom.tooLong', {
              days: formatNumber(MAX_RANGE_DAYS, language),
            }),
            future: t('custom.future'),
          }}
        />
      )}
    </div>
  );
}

type CustomPeriodFormProps = {
  id: string;
  value: PeriodSelection;
  today: string;
  errors: Record<'invalid' | 'too-long' | 'future', string>;
  onApply(next: PeriodSelection): void;
  onCancel(): void;
};

function CustomPeriodForm({
  id,
  value,
  today,
  errors,
  onApply,
  onCancel,
}: CustomPeriodFormProps) {
  const t = useMessages(statsMessages);
  // Opened on a preset, the form starts from the days that preset covers now.
  const initial =
    value.preset === 'custom'
      ? value
      : (() => {
          const range = resolvePeriod(value, new Date());
          return { from: dayOf(range.from), to: dayOf(range.to) };
        })();
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = customPeriod(from, to, today);
    if (typeof next === 'string') setError(errors[next]);
    else onApply(next);
  };
  return (
    <form
      id={id}
      className="period-picker__custom"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <DayField
        label={t('custom.from')}
        value={from}
        max={today}
        onChange={setFrom}
        inputRef={first}
      />
      <DayField
        label={t('custom.to')}
        value={to}
        max={today}
        onChange={setTo}
        error={error}
      />
      <Button type="submit" variant="primary">
        {t('custom.apply')}
      </Button>
    </form>
  );
}

type DayFieldProps = {
  label: string;
  value: string;
  max: string;
  error?: string | null;
  onChange(day: string): void;
  inputRef?: Ref<HTMLInputElement>;
};

function DayField({
  label,
  value,
  max,
  error,
  onChange,
  inputRef,
}: DayFieldProps) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          className="ui-input"
          type="date"
          value={value}
          max={max}
          required
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
