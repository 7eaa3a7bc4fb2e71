// The one accessibility standard every axe test holds the site to: WCAG 2.2 AA (with the 2.0 and 2.1 rules it
// builds on) and axe's best practices. A test that runs axe goes through `axeViolations`, so no spec can quietly
// check less than the others.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's findings on the page as it stands, one line per rule: "rule-id: selector, selector". Empty when none.
 * `include` narrows the run to part of the page (a dialog, say); every rule of the standard still runs there.
 */
export async function axeViolations(page: Page, { include }: { include?: string } = {}): Promise<string[]> {
  // Legacy mode runs axe.run() inside the page. The default sends every frame's partial results to a second, blank
  // page to merge them, which doubles the time of a long page; the site has no iframes, so there is nothing to merge.
  let builder = new AxeBuilder({ page }).withTags(axeTags).setLegacyMode();
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
