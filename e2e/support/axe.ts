import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// One accessibility check for every browser test: axe's WCAG 2.2 A/AA and best-practice rules.

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Each violation as "rule: help (where)", so a failure names the element. */
export async function axeViolations(page: Page): Promise<string[]> {
  // After router.refresh() Next.js streams the page's metadata back in: wait for the title to be
  // there again (a page that never has one still fails, here) so axe reads the settled page.
  await expect(page, 'the page has a title').toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** No violation in the light and the dark scheme; leaves the page in the light scheme. */
export async function expectNoAxeViolations(page: Page, label: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${label} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
