import type { AlertRule, AlertRuleInput } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { alertKeys } from '../api/alert-queries';

/** Creates a rule (no id) or changes one; the list is fetched anew. */
export function useSaveAlertRule() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id: string | null;
      input: Partial<AlertRuleInput>;
    }) =>
      id
        ? api.patch<AlertRule>(`/alert-rules/${encodeURIComponent(id)}`, input)
        : api.post<AlertRule>('/alert-rules', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
