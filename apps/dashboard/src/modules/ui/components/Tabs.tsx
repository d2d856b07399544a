import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export type TabItem<K extends string> = {
  id: K;
  label: ReactNode;
  content: ReactNode;
};

export type TabsProps<K extends string> = {
  label: string;
  tabs: TabItem<K>[];
  selected: K;
  onSelect(id: K): void;
};

/** WAI-ARIA tabs: arrow keys move between tabs, Home/End to the ends, one tab stop for the list. */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: TabsProps<K>) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  const move = (event: KeyboardEvent) => {
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    const tab = tabs[to]!;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };

  const current = tabs[index];
  return (
    <div className="ui-tabs">
      <div
        role="tablist"
        aria-label={label}
        className="ui-tabs__list"
        onKeyDown={move}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(node) => {
              if (node) refs.current.set(tab.id, node);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            className="ui-tabs__tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.id}`}
          aria-labelledby={`${base}-tab-${current.id}`}
          className="ui-tabs__panel"
          tabIndex={0}
        >
          {current.content}
        </div>
      )}
    </div>
  );
}
