import { type Topic, TOPIC_KINDS, type TopicKind } from '@lyt/contracts';
import { validateQuery } from '@lyt/matching';
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { Button, ErrorState, Field, Modal, useToast } from '../../ui';
import { type TopicDraft, useSaveTopic } from '../hooks/useTopicMutations';
import { topicFieldErrors, topicsMessages } from '../topics.messages';
import { QueryEditor } from './QueryEditor';
import { QueryHelp } from './QueryHelp';
import { TopicPreviewList } from './TopicPreviewList';

export type TopicFormProps = {
  /** The topic to edit; none to create one. */
  topic?: Topic;
  /** The kind a new topic starts as: company while there is none. */
  defaultKind: TopicKind;
  onClose(): void;
};

/** Create or edit a topic: name, kind, colour, the query checked as it is typed, and a preview of what it finds. */
export function TopicForm({ topic, defaultKind, onClose }: TopicFormProps) {
  const t = useMessages(topicsMessages);
  const toast = useToast();
  const formId = useId();
  const save = useSaveTopic();
  const [name, setName] = useState(topic?.name ?? '');
  const [kind, setKind] = useState<TopicKind>(topic?.kind ?? defaultKind);
  // A new topic gets a colour from its kind's palette unless one is picked.
  const [color, setColor] = useState<string | undefined>(topic?.color);
  const [query, setQuery] = useState(topic?.query ?? '');
  const [tried, setTried] = useState(false);

  const nameError = tried && !name.trim() ? t('form.nameRequired') : undefined;
  const queryMissing = tried && !query.trim();
  const valid =
    name.trim() !== '' && query.trim() !== '' && validateQuery(query).ok;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!valid) return;
    const draft: TopicDraft = {
      name: name.trim(),
      kind,
      query: query.trim(),
      ...(color ? { color } : {}),
    };
    save.mutate(
      { id: topic?.id, draft },
      {
        onSuccess: (saved) => {
          toast.show({
            tone: 'success',
            text: t('form.saved', { name: saved.name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      size="xl"
      title={topic ? t('form.edit') : t('form.create')}
      onClose={onClose}
      footer={
        <Button
          type="submit"
          form={formId}
          variant="primary"
          busy={save.isPending}
        >
          {topic ? t('form.save') : t('form.create.submit')}
        </Button>
      }
    >
      <div className="topic-form">
        <form
          id={formId}
          className="topic-form__fields"
          onSubmit={submit}
          noValidate
        >
          <div className="topic-form__row">
            <Field
              label={t('form.name')}
              hint={t('form.name.hint')}
              error={nameError}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="ui-input"
                  value={name}
                  maxLength={100}
                  autoFocus
                  onChange={(event) => setName(event.target.value)}
                />
              )}
            </Field>
            <Field label={t('form.kind')}>
              {(control) => (
                <select
                  {...control}
                  className="ui-select"
                  value={kind}
                  onChange={(event) => setKind(event.target.value as TopicKind)}
                >
                  {TOPIC_KINDS.map((option) => (
                    <option key={option} value={option}>
                      {t(`kind.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('form.color')} hint={t('form.color.hint')}>
              {(control) => (
                <input
                  {...control}
                  type="color"
                  className="topic-form__color"
                  value={color ?? '#0f6b75'}
                  onChange={(event) => setColor(event.target.value)}
                />
              )}
            </Field>
          </div>
          <QueryEditor value={query} onChange={setQuery} />
          {queryMissing && (
            <p className="ui-field__error" role="alert">
              {t('form.queryRequired')}
            </p>
          )}
          {save.isError && (
            <ErrorState error={save.error} fields={topicFieldErrors} compact />
          )}
          <QueryHelp onUse={setQuery} />
        </form>
        <TopicPreviewList query={query} />
      </div>
    </Modal>
  );
}
