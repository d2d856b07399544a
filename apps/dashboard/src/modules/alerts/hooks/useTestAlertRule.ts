import type { AlertDelivery } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { alertKeys } from '../api/alert-queries';

/** "Send a test": answers with the test's delivery, sent or failed and why; the rule's messages show it too. */
export function useTestAlertRule() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<AlertDelivery>(`/alert-rules/${encodeURIComponent(id)}/test`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
