import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page and fails on any serious or critical violation,
 * naming each rule and the elements it found. The source is evaluated
 * through the DevTools protocol, which the page's CSP does not govern: the
 * page under test keeps its real policy.
 */
export async function expectAccessible(
  page: Page,
  what: string,
): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  const serious = violations.filter(
    (violation) =>
      violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (serious.length > 0) {
    const report = serious
      .map(
        (violation) =>
          `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
          violation.nodes
            .map(
              (node) =>
                `    ${node.target.join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\n/g, ' ')}` : ''}`,
            )
            .join('\n'),
      )
      .join('\n');
    throw new Error(`accessibility violations on ${what}:\n${report}`);
  }
}
