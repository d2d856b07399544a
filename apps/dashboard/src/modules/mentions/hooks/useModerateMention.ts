import type { MentionVisibility } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { statsKeys } from '../../stats/api/stats-queries';
import { mentionKeys, removeMentionFromCaches } from '../api/mention-queries';

/** Hides or unhides a mention (admin); every list and statistic it touched is fetched anew. */
export function useModerateMention() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, hidden }: { id: string; hidden: boolean }) =>
      api.patch<MentionVisibility>(`/mentions/${encodeURIComponent(id)}`, {
        hidden,
      }),
    onSuccess: async (_, { id, hidden }) => {
      if (hidden) await removeMentionFromCaches(queryClient, id);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: mentionKeys.all }),
        queryClient.invalidateQueries({ queryKey: statsKeys.all }),
      ]);
    },
  });
}
