import type { Goal } from '@lyt/contracts';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { dayOf, dayStart } from '../../stats/period';
import { Button, ErrorState, Field, Modal, useToast } from '../../ui';
import { accountsMessages, goalFieldErrors } from '../accounts.messages';
import { useChangeGoal } from '../hooks/useAccountMutations';

export type EditGoalFormProps = {
  goal: Goal;
  onClose(): void;
};

/** A goal's name, target and (for a goal with a deadline) its last day; what it measures stays. */
export function EditGoalForm({ goal, onClose }: EditGoalFormProps) {
  const t = useMessages(accountsMessages);
  const toast = useToast();
  const change = useChangeGoal();
  // The deadline is the midnight after the last day.
  const lastDay = goal.deadline
    ? dayOf(new Date(Date.parse(goal.deadline) - 1))
    : '';
  const [name, setName] = useState(goal.name);
  const [target, setTarget] = useState(String(goal.target));
  const [date, setDate] = useState(lastDay);
  const [tried, setTried] = useState(false);
  const today = dayOf(new Date());
  const targetNumber = Number(target.replace(',', '.'));
  const problems = {
    name: !name.trim(),
    target: !(targetNumber > 0),
    date: goal.deadline !== null && (!dayStart(date) || date < today),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    change.mutate(
      {
        id: goal.id,
        name: name.trim(),
        target: targetNumber,
        ...(goal.deadline && date !== lastDay ? { deadline: date } : {}),
      },
      {
        onSuccess: (changed) => {
          toast.show({
            tone: 'success',
            text: t('edit.saved', { name: changed.name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal open title={t('goalEdit.title')} onClose={onClose}>
      <form className="account-form" onSubmit={submit} noValidate>
        <p className="account-muted">{t(`metric.${goal.metric}`)}</p>
        <Field
          label={t('goalForm.name')}
          error={tried && problems.name ? t('form.required') : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <div className="account-form__row">
          <Field
            label={t('goalForm.target')}
            error={
              tried && problems.target ? t('goalForm.invalidTarget') : undefined
            }
            required
          >
            {(control) => (
              <input
                {...control}
                className="ui-input"
                inputMode="decimal"
                value={target}
                onChange={(event) => setTarget(event.target.value)}
              />
            )}
          </Field>
          {goal.deadline && (
            <Field
              label={t('goalForm.date')}
              error={
                tried && problems.date ? t('goalForm.futureDate') : undefined
              }
              required
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="ui-input"
                  min={today}
                  value={date}
                  onChange={(event) => setDate(event.target.value)}
                />
              )}
            </Field>
          )}
        </div>
        {change.isError && (
          <ErrorState error={change.error} fields={goalFieldErrors} compact />
        )}
        <div className="account-form__submit">
          <Button type="submit" variant="primary" busy={change.isPending}>
            {t('edit.submit')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
