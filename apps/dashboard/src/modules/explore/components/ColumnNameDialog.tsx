import {
  type FormEvent,
  type ReactNode,
  useEffect,
  useId,
  useState,
} from 'react';
import { useMessages } from '../../../i18n/messages';
import { Button, Field, Modal } from '../../ui';
import { exploreMessages } from '../explore.messages';

export type ColumnNameDialogProps = {
  open: boolean;
  title: string;
  initialName: string;
  busy?: boolean;
  /** The server's refusal, if any. */
  error?: string | null;
  /** Shown above the name (what the column will follow). */
  children?: ReactNode;
  onSave(name: string): void;
  onClose(): void;
};

/** Asks for a column's name: when saving a filter as a column, and to rename one. */
export function ColumnNameDialog({
  open,
  title,
  initialName,
  busy,
  error,
  children,
  onSave,
  onClose,
}: ColumnNameDialogProps) {
  const t = useMessages(exploreMessages);
  const formId = useId();
  const [name, setName] = useState(initialName);
  useEffect(() => {
    if (open) setName(initialName);
  }, [open, initialName]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
  };
  return (
    <Modal
      open={open}
      title={title}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button
            type="submit"
            form={formId}
            variant="primary"
            busy={busy}
            disabled={!name.trim()}
          >
            {t('save')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="column-dialog">
        {children}
        <Field
          label={t('column.name')}
          hint={t('column.nameHint')}
          error={error ?? undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={name}
              maxLength={100}
              required
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
      </form>
    </Modal>
  );
}
