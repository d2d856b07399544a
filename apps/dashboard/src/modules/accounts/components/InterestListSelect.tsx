import type { InterestList } from '@lyt/contracts';
import { useMessages } from '../../../i18n/messages';
import { Field } from '../../ui';
import { accountsMessages } from '../accounts.messages';

export type InterestListSelectProps = {
  lists: InterestList[];
  /** The chosen list's id; null for every source. */
  value: string | null;
  onChange(list: string | null): void;
  testId?: string;
};

/** Choose one interest list, or every source: the filter of explore and the statistics. */
export function InterestListSelect({
  lists,
  value,
  onChange,
  testId,
}: InterestListSelectProps) {
  const t = useMessages(accountsMessages);
  return (
    <Field label={t('lists.select')}>
      {(control) => (
        <select
          {...control}
          className="ui-select"
          data-testid={testId}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t('lists.select.any')}</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
