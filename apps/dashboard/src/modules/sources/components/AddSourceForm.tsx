import type { SourceTemplateView } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { Button, ErrorState, Field, Modal, Skeleton, useToast } from '../../ui';
import { sourceTemplatesQuery } from '../api/source-queries';
import { useAddSource } from '../hooks/useSourceMutations';
import { templateText } from '../source-text';
import { sourceFieldErrors, sourcesMessages } from '../sources.messages';
import { IntervalSelect } from './IntervalSelect';

export type AddSourceFormProps = {
  /** The template chosen before the form opened (from the empty state). */
  initialTemplate?: string;
  onClose(): void;
};

/** A source from a template: pick the kind, fill the template's own fields, and Lyt builds the feed URL and polls it at once. */
export function AddSourceForm({
  initialTemplate,
  onClose,
}: AddSourceFormProps) {
  const t = useMessages(sourcesMessages);
  const groupName = useId();
  const templates = useQuery(sourceTemplatesQuery(useApiClient()));
  const [chosen, setChosen] = useState(initialTemplate);
  const template =
    templates.data?.find((candidate) => candidate.id === chosen) ??
    templates.data?.[0];
  return (
    <Modal open size="lg" title={t('form.title')} onClose={onClose}>
      {templates.isError ? (
        <ErrorState
          error={templates.error}
          onRetry={() => void templates.refetch()}
        />
      ) : !templates.data || !template ? (
        <Skeleton height={160} />
      ) : (
        <div className="source-form">
          <fieldset className="source-form__templates">
            <legend className="ui-field__label">{t('form.template')}</legend>
            {templates.data.map((candidate) => {
              const text = templateText(t, candidate);
              return (
                <label
                  key={candidate.id}
                  className={[
                    'source-template',
                    candidate.id === template.id && 'source-template--chosen',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <input
                    type="radio"
                    name={groupName}
                    value={candidate.id}
                    checked={candidate.id === template.id}
                    onChange={() => setChosen(candidate.id)}
                  />
                  <span className="source-template__name">{text.name}</span>
                  <span className="source-template__text">
                    {text.description}
                  </span>
                </label>
              );
            })}
          </fieldset>
          {/* A new form per template: each has its own fields. */}
          <TemplateFields
            key={template.id}
            template={template}
            onAdded={onClose}
          />
        </div>
      )}
    </Modal>
  );
}

type TemplateFieldsProps = {
  template: SourceTemplateView;
  onAdded(): void;
};

function TemplateFields({ template, onAdded }: TemplateFieldsProps) {
  const t = useMessages(sourcesMessages);
  const toast = useToast();
  const add = useAddSource();
  const text = templateText(t, template);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      template.fields.map((field) => [field.name, field.options?.[0] ?? '']),
    ),
  );
  const [name, setName] = useState('');
  const [intervalSeconds, setIntervalSeconds] = useState(300);
  const [tried, setTried] = useState(false);
  const missing = (field: string) => tried && !values[field]?.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (template.fields.some((field) => !values[field.name]?.trim())) return;
    const params = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, value.trim()]),
    );
    add.mutate(
      {
        template: template.id,
        params,
        intervalSeconds,
        ...(name.trim() ? { name: name.trim() } : {}),
      },
      {
        onSuccess: (source) => {
          toast.show({
            tone: 'success',
            text: t('added', { name: source.name }),
          });
          onAdded();
        },
      },
    );
  };

  return (
    <form className="source-form__fields" onSubmit={submit} noValidate>
      {template.fields.map((field) => (
        <Field
          key={field.name}
          label={text.field(field)}
          hint={
            field.options
              ? undefined
              : t('form.example', { example: field.example })
          }
          error={missing(field.name) ? t('form.required') : undefined}
          required
        >
          {(control) =>
            field.options ? (
              <select
                {...control}
                className="ui-select"
                value={values[field.name]}
                onChange={(event) =>
                  setValues((all) => ({
                    ...all,
                    [field.name]: event.target.value,
                  }))
                }
              >
                {field.options.map((option) => (
                  <option key={option} value={option}>
                    {text.option(field.name, option)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...control}
                className="ui-input"
                value={values[field.name]}
                placeholder={field.example}
                inputMode={field.name === 'url' ? 'url' : undefined}
                onChange={(event) =>
                  setValues((all) => ({
                    ...all,
                    [field.name]: event.target.value,
                  }))
                }
              />
            )
          }
        </Field>
      ))}
      <div className="source-form__row">
        <Field label={t('form.name')} hint={t('form.name.hint')}>
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
        <Field label={t('form.interval')}>
          {(control) => (
            <IntervalSelect
              {...control}
              value={intervalSeconds}
              onChange={setIntervalSeconds}
            />
          )}
        </Field>
      </div>
      {add.isError && (
        <ErrorState error={add.error} fields={sourceFieldErrors} compact />
      )}
      <div className="source-form__submit">
        <Button type="submit" variant="primary" busy={add.isPending}>
          {t('form.submit')}
        </Button>
      </div>
    </form>
  );
}
