import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

export type NoticeProps = {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
};

const ICONS: Record<NoticeTone, IconName> = {
  info: 'info',
  success: 'check',
  warning: 'alert',
  danger: 'alert',
};

/** A banner inside the page: "the database is down", "this is demo data". */
export function Notice({
  tone = 'info',
  title,
  children,
  action,
}: NoticeProps) {
  return (
    <div
      className={`ui-notice ui-notice--${tone}`}
      role={tone === 'danger' || tone === 'warning' ? 'alert' : 'status'}
    >
      <Icon name={ICONS[tone]} />
      <div className="ui-notice__body">
        {title && <p className="ui-notice__title">{title}</p>}
        {children && <div className="ui-notice__text">{children}</div>}
      </div>
      {action && <div className="ui-notice__action">{action}</div>}
    </div>
  );
}
