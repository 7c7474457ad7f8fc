import { expect, test } from '@playwright/test';
import { course, modules } from './content';
import { axeViolations } from './support/axe';

// Every page, in light and dark, on desktop and phone: axe finds no WCAG 2.2 A/AA violation.
const pages = [
  '/',
  `/courses/${course.id}`,
  ...modules.map((m) => `/courses/${course.id}/${m.id}`),
  `/articles/${course.article}`,
  `/articles/${course.article}#p2s2`,
  '/no-such-page',
  '/sign-in',
  '/sign-up',
  '/dashboard',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`[guest] ${path} has no accessibility violations (${colorScheme}) @phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
