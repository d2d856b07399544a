export type SpinnerProps = { size?: number; label?: string };

/** A turning ring; with `label` it is announced, without it is decoration beside a text. */
export function Spinner({ size = 18, label }: SpinnerProps) {
  return (
    <span
      className="ui-spinner"
      style={{ width: size, height: size }}
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
