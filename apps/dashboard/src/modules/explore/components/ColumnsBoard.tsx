import type { Column } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import { topicListQuery } from '../../topics/api/topic-queries';
import {
  ConfirmDialog,
  EmptyState,
  ErrorState,
  Skeleton,
  useToast,
} from '../../ui';
import { columnListQuery } from '../api/column-queries';
import { exploreMessages } from '../explore.messages';
import { useColumnMutations } from '../hooks/useColumnMutations';
import { ColumnNameDialog } from './ColumnNameDialog';
import { LiveColumn } from './LiveColumn';

/** The team's live columns side by side, scrolling sideways; the admin renames, moves and removes them. */
export function ColumnsBoard() {
  const t = useMessages(exploreMessages);
  const { isAdmin } = useSession();
  const toast = useToast();
  const api = useApiClient();
  const board = useQuery(columnListQuery(api));
  const topics = useQuery(topicListQuery(api));
  const { rename, reorder, remove } = useColumnMutations();
  const [renaming, setRenaming] = useState<Column | null>(null);
  const [removing, setRemoving] = useState<Column | null>(null);
  const fail = (error: Error) =>
    toast.show({ tone: 'danger', text: error.message });

  if (board.isPending) return <Skeleton height={320} />;
  if (board.isError)
    return (
      <ErrorState error={board.error} onRetry={() => void board.refetch()} />
    );
  const columns = board.data;
  if (columns.length === 0)
    return (
      <EmptyState
        icon="columns"
        title={t('columns.empty.title')}
        text={isAdmin ? t('columns.empty.text') : t('columns.empty.viewer')}
      />
    );

  const move = (index: number, direction: -1 | 1) => {
    const ids = columns.map((column) => column.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + direction, 0, id!);
    reorder.mutate(ids, { onError: fail });
  };

  return (
    <>
      <p className="columns-board__lead">{t('columns.lead')}</p>
      <div className="columns-board" data-testid="columns-board">
        {columns.map((column, index) => (
          <LiveColumn
            key={column.id}
            column={column}
            topics={topics.data ?? []}
            admin={
              isAdmin
                ? {
                    isFirst: index === 0,
                    isLast: index === columns.length - 1,
                    onMove: (direction) => move(index, direction),
                    onRename: () => {
                      rename.reset();
                      setRenaming(column);
                    },
                    onRemove: () => setRemoving(column),
                  }
                : undefined
            }
          />
        ))}
      </div>
      <ColumnNameDialog
        open={renaming !== null}
        title={t('column.renameTitle')}
        initialName={renaming?.name ?? ''}
        busy={rename.isPending}
        error={rename.error?.message}
        onClose={() => setRenaming(null)}
        onSave={(name) =>
          renaming &&
          rename.mutate(
            { id: renaming.id, name },
            { onSuccess: () => setRenaming(null) },
          )
        }
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('column.removeTitle')}
        text={t('column.removeText', { name: removing?.name ?? '' })}
        confirmLabel={t('column.removeConfirm')}
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => setRemoving(null),
            onError: fail,
          })
        }
      />
    </>
  );
}
