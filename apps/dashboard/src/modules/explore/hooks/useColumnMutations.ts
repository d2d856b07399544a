import type { Column, ColumnFilter } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { columnKeys } from '../api/column-queries';

/** Adding, renaming, moving and removing columns (admin); the board is read anew after each. */
export function useColumnMutations() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: columnKeys.all });
  const create = useMutation({
    mutationFn: (input: { name: string; filter: ColumnFilter }) =>
      api.post<Column>('/columns', input),
    onSuccess: refresh,
  });
  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api.patch<Column>(`/columns/${encodeURIComponent(id)}`, { name }),
    onSuccess: refresh,
  });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => api.put<Column[]>('/columns/order', { ids }),
    onMutate: (ids) => {
      // Moves at once; the answer (or the refetch after an error) settles it.
      queryClient.setQueryData<Column[]>(columnKeys.list(), (board) =>
        board
          ? ids
              .map((id) => board.find((column) => column.id === id))
              .filter((column): column is Column => column !== undefined)
              .map((column, position) => ({ ...column, position }))
          : board,
      );
    },
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      api.delete<void>(`/columns/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
  return { create, rename, reorder, remove };
}
