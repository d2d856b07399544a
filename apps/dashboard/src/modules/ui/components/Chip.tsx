import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../ui.messages';
import { Icon } from './Icon';

export type ChipProps = {
  children: ReactNode;
  /** A toggle: pressed or not. */
  selected?: boolean;
  onToggle?(): void;
  /** With a remove button, named "Remove <name>". */
  onRemove?(): void;
  /** The chip's name for the remove button; defaults to its text. */
  name?: string;
  /** A colour dot before the text (a topic's colour). */
  color?: string;
};

export function Chip({
  children,
  selected,
  onToggle,
  onRemove,
  name,
  color,
}: ChipProps) {
  const t = useMessages(uiMessages);
  const dot = color ? (
    <span
      className="ui-chip__dot"
      style={{ background: color }}
      aria-hidden="true"
    />
  ) : null;
  const text = typeof children === 'string' ? children : (name ?? '');
  return (
    <span
      className={['ui-chip', selected && 'ui-chip--selected']
        .filter(Boolean)
        .join(' ')}
    >
      {onToggle ? (
        <button
          type="button"
          className="ui-chip__toggle"
          aria-pressed={Boolean(selected)}
          onClick={onToggle}
        >
          {dot}
          {children}
        </button>
      ) : (
        <span className="ui-chip__label">
          {dot}
          {children}
        </span>
      )}
      {onRemove && (
        <button
          type="button"
          className="ui-chip__remove"
          aria-label={t('remove', { name: name ?? text })}
          title={t('remove', { name: name ?? text })}
          onClick={onRemove}
        >
          <Icon name="close" size={12} />
        </button>
      )}
    </span>
  );
}
