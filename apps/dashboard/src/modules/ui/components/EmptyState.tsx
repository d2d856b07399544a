import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type EmptyStateProps = {
  title: string;
  /** What the user can do next. */
  text?: ReactNode;
  action?: ReactNode;
  icon?: IconName;
  compact?: boolean;
};

/** Nothing here yet, and what to do about it: never a blank area. */
export function EmptyState({
  title,
  text,
  action,
  icon = 'inbox',
  compact,
}: EmptyStateProps) {
  return (
    <div
      className={['ui-empty', compact && 'ui-empty--compact']
        .filter(Boolean)
        .join(' ')}
    >
      <span className="ui-empty__icon">
        <Icon name={icon} size={compact ? 20 : 28} />
      </span>
      <p className="ui-empty__title">{title}</p>
      {text && <div className="ui-empty__text">{text}</div>}
      {action && <div className="ui-empty__action">{action}</div>}
    </div>
  );
}
