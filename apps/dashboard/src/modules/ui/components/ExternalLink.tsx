import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import { safeHttpUrl } from '../safe-url';
import { uiMessages } from '../ui.messages';

export type ExternalLinkProps = {
  href: string | null | undefined;
  children: ReactNode;
  className?: string;
};

/**
 * A link to the outside world (a post, a feed) opened in a new tab, without
 * passing on who linked. Only http(s) becomes a link: anything else is text.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const t = useMessages(uiMessages);
  const safe = safeHttpUrl(href);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a
      href={safe}
      className={className}
      target="_blank"
      rel="noopener noreferrer nofollow ugc"
    >
      {children}
      <span className="ui-visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
