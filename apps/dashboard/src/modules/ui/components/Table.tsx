import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../ui.messages';

export type TableColumn<Row> = {
  key: string;
  header: ReactNode;
  render(row: Row): ReactNode;
  align?: 'start' | 'end';
  /** The column that names the row: a row header for screen readers. */
  rowHeader?: boolean;
  width?: string;
};

export type TableProps<Row> = {
  /** Names the table for screen readers; shown only if `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Shown in place of the body when there are no rows. */
  empty?: ReactNode;
  /** Highlights a row (a failing source). */
  rowTone?(row: Row): 'danger' | 'warning' | undefined;
};

export function Table<Row>({
  caption,
  showCaption,
  columns,
  rows,
  rowKey,
  empty,
  rowTone,
}: TableProps<Row>) {
  const t = useMessages(uiMessages);
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption
          className={showCaption ? 'ui-table__caption' : 'ui-visually-hidden'}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={
                  column.align === 'end' ? 'ui-table__cell--end' : undefined
                }
                style={column.width ? { width: column.width } : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="ui-table__empty">
                {empty ?? t('table.empty')}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const tone = rowTone?.(row);
              return (
                <tr
                  key={rowKey(row)}
                  className={tone ? `ui-table__row--${tone}` : undefined}
                >
                  {columns.map((column) => {
                    const className =
                      column.align === 'end'
                        ? 'ui-table__cell--end'
                        : undefined;
                    return column.rowHeader ? (
                      <th key={column.key} scope="row" className={className}>
                        {column.render(row)}
                      </th>
                    ) : (
                      <td key={column.key} className={className}>
                        {column.render(row)}
                      </td>
                    );
                  })}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
