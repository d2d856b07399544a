import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../ui.messages';
import { IconButton } from './Button';
import { Icon } from './Icon';
import type { NoticeTone } from './Notice';

export type ToastInput = { tone?: NoticeTone; text: string };
type Toast = ToastInput & { id: number };

interface ToastContextValue {
  /** Shows a short message; errors stay until dismissed, others leave after a few seconds. */
  show(toast: ToastInput): void;
}

const ToastContext = createContext<ToastContextValue | null>(null);
const VISIBLE_MS = 5_000;
const MAX_TOASTS = 4;

export type ToastProviderProps = { children: ReactNode };

export function ToastProvider({ children }: ToastProviderProps) {
  const t = useMessages(uiMessages);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)),
    [],
  );
  const show = useCallback(
    (input: ToastInput) => {
      const id = next.current++;
      setToasts((all) => [
        ...all.slice(-(MAX_TOASTS - 1)),
        { tone: 'info', ...input, id },
      ]);
      if (input.tone !== 'danger') setTimeout(() => dismiss(id), VISIBLE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      {/* Always in the page, so screen readers announce what is added to it. */}
      <div className="ui-toasts" aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`ui-toast ui-toast--${toast.tone}`}
            role={toast.tone === 'danger' ? 'alert' : 'status'}
          >
            <Icon
              name={
                toast.tone === 'danger' || toast.tone === 'warning'
                  ? 'alert'
                  : toast.tone === 'success'
                    ? 'check'
                    : 'info'
              }
            />
            <span className="ui-toast__text">{toast.text}</span>
            <IconButton
              icon="close"
              size="sm"
              label={t('dismiss')}
              onClick={() => dismiss(toast.id)}
            />
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastContextValue {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast needs a ToastProvider');
  return value;
}
