import { GOAL_METRICS, type Account, type GoalMetric } from '@lyt/contracts';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { dayOf, dayStart } from '../../stats/period';
import {
  Button,
  ErrorState,
  Field,
  Modal,
  SegmentedControl,
  useToast,
} from '../../ui';
import { accountsMessages, goalFieldErrors } from '../accounts.messages';
import { useAddGoal } from '../hooks/useAccountMutations';

export type GoalFormProps = {
  ownAccounts: Account[];
  onClose(): void;
};

type When = 'week' | 'month' | 'deadline';

/** A goal: what to measure, the target, and a period or a deadline. */
export function GoalForm({ ownAccounts, onClose }: GoalFormProps) {
  const t = useMessages(accountsMessages);
  const toast = useToast();
  const add = useAddGoal();
  const [name, setName] = useState('');
  const [metric, setMetric] = useState<GoalMetric>('posts');
  const [target, setTarget] = useState('');
  const [accountId, setAccountId] = useState(ownAccounts[0]?.id ?? '');
  const [hashtag, setHashtag] = useState('');
  const [when, setWhen] = useState<When>('week');
  const [date, setDate] = useState('');
  const [tried, setTried] = useState(false);
  const today = dayOf(new Date());
  const targetNumber = Number(target.replace(',', '.'));
  const needsAccount = metric === 'followers';
  const deadline = when === 'deadline' || metric === 'followers';
  const problems = {
    name: !name.trim(),
    target: !(targetNumber > 0),
    hashtag: metric === 'hashtag-uses' && !hashtag.trim(),
    // The day itself counts to its end: today is a deadline too.
    date: deadline && (!dayStart(date) || date < today),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    add.mutate(
      {
        name: name.trim(),
        metric,
        target: targetNumber,
        ...(needsAccount ? { accountId } : {}),
        ...(metric === 'hashtag-uses' ? { hashtag: hashtag.trim() } : {}),
        // A date alone: the API counts all of that day in Copenhagen.
        ...(deadline
          ? { deadline: date }
          : { period: when as 'week' | 'month' }),
      },
      {
        onSuccess: (goal) => {
          toast.show({ tone: 'success', text: goal.name });
          onClose();
        },
      },
    );
  };

  return (
    <Modal open title={t('goalForm.title')} onClose={onClose}>
      <form className="account-form" onSubmit={submit} noValidate>
        <Field label={t('goalForm.metric')}>
          {(control) => (
            <select
              {...control}
              className="ui-select"
              value={metric}
              onChange={(event) => setMetric(event.target.value as GoalMetric)}
            >
              {GOAL_METRICS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`metric.${candidate}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('goalForm.name')}
          hint={t('goalForm.name.example')}
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
          {needsAccount && (
            <Field label={t('goalForm.account')}>
              {(control) => (
                <select
                  {...control}
                  className="ui-select"
                  value={accountId}
                  onChange={(event) => setAccountId(event.target.value)}
                >
                  {ownAccounts.map((account) => (
                    <option key={account.id} value={account.id}>
                      {account.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {metric === 'hashtag-uses' && (
            <Field
              label={t('goalForm.hashtag')}
              error={tried && problems.hashtag ? t('form.required') : undefined}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="ui-input"
                  value={hashtag}
                  placeholder="#givlivetvidere"
                  maxLength={100}
                  onChange={(event) => setHashtag(event.target.value)}
                />
              )}
            </Field>
          )}
        </div>
        {metric !== 'followers' && (
          <SegmentedControl<When>
            label={t('goalForm.when')}
            value={when}
            onChange={setWhen}
            options={[
              { value: 'week', label: t('goalForm.week') },
              { value: 'month', label: t('goalForm.month') },
              { value: 'deadline', label: t('goalForm.deadline') },
            ]}
          />
        )}
        {deadline && (
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
        {add.isError && (
          <ErrorState error={add.error} fields={goalFieldErrors} compact />
        )}
        <div className="account-form__submit">
          <Button type="submit" variant="primary" busy={add.isPending}>
            {t('goalForm.submit')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
