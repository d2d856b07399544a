import type { ReactNode } from 'react';

export type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Controls that act on the whole page: a period selector, "add source". */
  actions?: ReactNode;
};

/** The page's one h1, its lead and its page-wide controls. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <header className="ui-page-header">
      <div>
        <h1 className="ui-page-header__title">{title}</h1>
        {description && (
          <p className="ui-page-header__description">{description}</p>
        )}
      </div>
      {actions && <div className="ui-page-header__actions">{actions}</div>}
    </header>
  );
}
