import type { Translate } from '../../i18n/messages';
import { topicsMessages } from './topics.messages';

type TopicsDict = (typeof topicsMessages)['en'];
type ErrorKey = Extract<keyof TopicsDict, `error.${string}`>;

/** The matching library's reason (English, from a fixed set) in the page's language; an unknown one as it is. */
export function queryErrorReason(
  t: Translate<TopicsDict>,
  message: string,
): string {
  const key = `error.${message.startsWith('lone ') ? 'lone -' : message}`;
  return key in topicsMessages.en ? t(key as ErrorKey) : message;
}
