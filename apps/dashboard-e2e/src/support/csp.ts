import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records every Content-Security-Policy violation in the pages of `context`
 * (an inline style or script the policy refused), so that a test can assert
 * the dashboard works under its own policy.
 */
export async function recordCspViolations(
  context: BrowserContext,
): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __cspViolations?: string[] }).__cspViolations ??
      [],
  );
}
