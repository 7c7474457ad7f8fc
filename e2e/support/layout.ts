import { expect, type Page } from '@playwright/test';

/** The page is no wider than the screen: nothing makes a reader scroll the whole page sideways. */
export async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
}

/** Everything shown in the site header sits in one row: its items share a line and it stays one row tall. */
export async function expectHeaderInOneRow(page: Page, label: string) {
  const row = await page.getByRole('banner').evaluate((header) => {
    const items = [...header.querySelectorAll('a, button')].filter(
      (el) => (el as HTMLElement).offsetParent !== null && !el.closest('[hidden]'),
    );
    const middles = items.map((el) => {
      const box = el.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return {
      count: items.length,
      spread: Math.max(...middles) - Math.min(...middles),
      height: header.getBoundingClientRect().height,
      right: Math.max(...items.map((el) => el.getBoundingClientRect().right)),
      width: window.innerWidth,
    };
  });
  expect(row.count, `${label}: the header shows its links`).toBeGreaterThanOrEqual(2);
  expect(row.spread, `${label}: the header's items are on one line`).toBeLessThanOrEqual(4);
  expect(row.height, `${label}: the header is one row tall`).toBeLessThanOrEqual(72);
  expect(row.right, `${label}: the header's last item is on the screen`).toBeLessThanOrEqual(row.width);
}
