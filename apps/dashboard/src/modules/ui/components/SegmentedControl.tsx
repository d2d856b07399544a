import { type KeyboardEvent, useRef } from 'react';

export type SegmentedOption<V extends string> = {
  value: V;
  label: string;
  title?: string;
};

export type SegmentedControlProps<V extends string> = {
  /** Names the group for screen readers ("Periode", "Sprog"). */
  label: string;
  options: SegmentedOption<V>[];
  value: V | null;
  onChange(value: V): void;
  size?: 'sm' | 'md';
};

/** A row of mutually exclusive choices: a radio group, one tab stop, arrow keys to move. */
export function SegmentedControl<V extends string>({
  label,
  options,
  value,
  onChange,
  size = 'md',
}: SegmentedControlProps<V>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = options.findIndex((option) => option.value === value);

  const move = (event: KeyboardEvent) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (!step) return;
    event.preventDefault();
    const to = (Math.max(current, 0) + step + options.length) % options.length;
    onChange(options[to]!.value);
    refs.current[to]?.focus();
  };

  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={`ui-segmented ui-segmented--${size}`}
      onKeyDown={move}
    >
      {options.map((option, index) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            ref={(node) => {
              refs.current[index] = node;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked || (current === -1 && index === 0) ? 0 : -1}
            title={option.title}
            className="ui-segmented__option"
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
