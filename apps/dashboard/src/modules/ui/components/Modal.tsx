import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../ui.messages';
import { Button, IconButton } from './Button';
import { ErrorState } from './ErrorState';
import { useToast } from './Toast';

export type ModalProps = {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  /** `xl`: a form beside a preview. */
  size?: 'sm' | 'md' | 'lg' | 'xl';
};

/**
 * The browser's own modal `<dialog>`: focus moves in and back, the rest of
 * the page is inert, Escape closes. Nothing of this is re-implemented here.
 */
export function Modal({
  open,
  title,
  onClose,
  children,
  footer,
  size = 'md',
}: ModalProps) {
  const t = useMessages(uiMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`ui-modal ui-modal--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="ui-modal__header">
            <h2 id={titleId} className="ui-modal__title">
              {title}
            </h2>
            <IconButton icon="close" label={t('close')} onClick={onClose} />
          </header>
          <div className="ui-modal__body">{children}</div>
          {footer && <footer className="ui-modal__footer">{footer}</footer>}
        </>
      )}
    </dialog>
  );
}

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  text: ReactNode;
  confirmLabel: string;
  /** Deleting and rotating are dangerous: the button says so. */
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
};

export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useMessages(uiMessages);
  return (
    <Modal
      open={open}
      title={title}
      onClose={onCancel}
      size="sm"
      footer={
        <>
          <Button onClick={onCancel}>{t('cancel')}</Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            busy={busy}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {text}
    </Modal>
  );
}

export type ConfirmRemovalDialogProps = {
  /** What is about to be removed; null while nothing is. */
  target: { id: string; name: string } | null;
  title: string;
  text(name: string): string;
  confirmLabel: string;
  /** The toast once it is gone. */
  removed(name: string): string;
  /** The removal: a mutation taking the id. */
  remove: {
    mutate(
      id: string,
      options: { onSuccess(): void; onError(error: unknown): void },
    ): void;
    isPending: boolean;
  };
  /** Called when the dialog closes: cancelled or removed. */
  onClose(): void;
};

/**
 * "Delete X?" for a named row: confirms, removes it, says so in a toast and
 * closes. A failed removal is said in the dialog, which stays open to try
 * again or cancel.
 */
export function ConfirmRemovalDialog({
  target,
  title,
  text,
  confirmLabel,
  removed,
  remove,
  onClose,
}: ConfirmRemovalDialogProps) {
  const t = useMessages(uiMessages);
  const toast = useToast();
  // The failure belongs to the row it was for: another row opens the dialog without it.
  const [failure, setFailure] = useState<{ id: string; error: unknown } | null>(
    null,
  );
  const failed = target && failure?.id === target.id ? failure.error : null;
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <ConfirmDialog
      open={target !== null}
      title={title}
      text={
        target && (
          <div className="ui-modal__stack">
            <p>{text(target.name)}</p>
            {failed !== null && (
              <ErrorState
                error={failed}
                title={t('removal.failed', { name: target.name })}
                compact
              />
            )}
          </div>
        )
      }
      confirmLabel={confirmLabel}
      danger
      busy={remove.isPending}
      onCancel={close}
      onConfirm={() => {
        if (!target) return;
        const { id, name } = target;
        setFailure(null);
        remove.mutate(id, {
          onSuccess: () => {
            toast.show({ tone: 'success', text: removed(name) });
            close();
          },
          onError: (error) => setFailure({ id, error }),
        });
      }}
    />
  );
}
