import { useMessages } from '../../../i18n/messages';
import { SegmentedControl } from '../../ui';
import {
  PERIOD_PRESETS,
  type PeriodPreset,
  type PeriodSelection,
} from '../period';
import { statsMessages } from '../stats.messages';

export type PeriodPresetsProps = {
  value: PeriodSelection;
  onChange(next: PeriodSelection): void;
};

/** 24 h, 7, 30 or 90 days up to now. (A custom range is a selection of days; its picker sits beside this.) */
export function PeriodPresets({ value, onChange }: PeriodPresetsProps) {
  const t = useMessages(statsMessages);
  return (
    <SegmentedControl<PeriodPreset>
      label={t('period')}
      value={value.preset === 'custom' ? null : value.preset}
      onChange={(preset) => onChange({ preset })}
      options={PERIOD_PRESETS.map((preset) => ({
        value: preset,
        label: t(preset),
        title: t(`title.${preset}`),
      }))}
    />
  );
}
