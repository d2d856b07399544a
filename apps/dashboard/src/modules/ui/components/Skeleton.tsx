export type SkeletonProps = {
  width?: number | string;
  height?: number | string;
  lines?: number;
};

/** Grey placeholders where content is coming, so the page does not jump when it arrives. */
export function Skeleton({
  width = '100%',
  height = 14,
  lines = 1,
}: SkeletonProps) {
  return (
    <span className="ui-skeleton-group" aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <span
          key={index}
          className="ui-skeleton"
          style={{
            width: lines > 1 && index === lines - 1 ? '60%' : width,
            height,
          }}
        />
      ))}
    </span>
  );
}
