import { type ReactNode, useId } from 'react';

export type PanelProps = {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons or links at the panel's top right. */
  actions?: ReactNode;
  children: ReactNode;
  /** No inner padding: for tables and lists that run to the edges. */
  flush?: boolean;
  className?: string;
  /** Heading level of the title within the page (default 2). */
  level?: 2 | 3;
};

/** A white surface with an optional heading: the card every dashboard section sits in. */
export function Panel({
  title,
  description,
  actions,
  children,
  flush,
  className,
  level = 2,
}: PanelProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['ui-panel', flush && 'ui-panel--flush', className]
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={title ? id : undefined}
    >
      {(title || actions) && (
        <header className="ui-panel__header">
          <div className="ui-panel__titles">
            {title && (
              <Heading id={id} className="ui-panel__title">
                {title}
              </Heading>
            )}
            {description && (
              <p className="ui-panel__description">{description}</p>
            )}
          </div>
          {actions && <div className="ui-panel__actions">{actions}</div>}
        </header>
      )}
      <div className="ui-panel__body">{children}</div>
    </section>
  );
}
