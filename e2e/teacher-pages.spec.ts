import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signInViaApi } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { expectHeaderInOneRow, expectNoSidewaysScroll } from './support/layout';

// Every teacher page, filled with the demo class (students who took quizzes), passes axe in light
// and dark, on a desktop and a phone. The list of pages comes from the app's own files, so a new
// teacher page cannot be left out: the test fails until it is visited here.

const TEACHER_DIR = path.join('app', '(teacher)');

function teacherRoutes(dir = TEACHER_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return teacherRoutes(full);
    return entry.name === 'page.tsx' ? ['/' + path.relative(TEACHER_DIR, dir).split(path.sep).join('/')] : [];
  });
}

/** "/teach/classes/abc/gradebook" → "/teach/classes/[classId]/gradebook" given the route list. */
function routeOf(url: string, routes: string[]): string | undefined {
  const parts = new URL(url).pathname.split('/');
  return routes.find((route) => {
    const pattern = route.split('/');
    return pattern.length === parts.length && pattern.every((p, i) => p.startsWith('[') || p === parts[i]);
  });
}

async function firstHref(page: Page, selector: RegExp): Promise<string> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => selector.test(h));
  expect(href, `a link matching ${selector} on ${page.url()}`).toBeTruthy();
  return href!;
}

test('[teacher] every teacher page, with the demo class, has no accessibility violations and fits the screen @phone', async ({
  page,
}) => {
  // Seven pages, each checked in two schemes, on a 2-core machine shared with other runs.
  test.setTimeout(240_000);
  expect((await signInViaApi(page.request, 'teacher@example.org', 'sourcewise-demo')).status()).toBe(200);
  const routes = teacherRoutes();
  const visited = new Set<string>();
  const check = async (href: string, label: string) => {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, label);
    // Tables scroll inside their own box (or fit), never the page; the header stays one row.
    await expectNoSidewaysScroll(page, label);
    await expectHeaderInOneRow(page, label);
    visited.add(routeOf(page.url(), routes) ?? page.url());
  };

  await check('/teach', 'teacher dashboard');
  const classHref = await firstHref(page, /^\/teach\/classes\/[^/]+$/);
  await check(classHref, 'class page');
  const assignmentHref = await firstHref(page, /^\/teach\/assignments\/[^/]+$/);
  await check(`${classHref}/gradebook`, 'gradebook');
  const attemptHref = await firstHref(page, /^\/teach\/attempts\/[^/]+/);
  await check(attemptHref, 'a student attempt');
  await check(assignmentHref, 'assignment page');
  await check(`${assignmentHref}/statistics`, 'statistics');
  await check(`${assignmentHref}/edit`, 'edit assignment');

  expect([...visited].sort()).toEqual([...routes].sort());
});
