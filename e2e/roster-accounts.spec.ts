import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInViaApi, signedInAs } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

// Students without email: a teacher adds them to a class by name and prints their sign-in cards;
// a student signs in with the username and personal code on the card, in the one sign-in form,
// under the same lockout as everyone; a lost card is replaced and the old one stops working.

type Card = { username: string; code: string };

async function cardsIn(list: Locator): Promise<Card[]> {
  const items = list.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const cards: Card[] = [];
  for (const item of await items.all()) {
    const values = await item.locator('dd').allInnerTexts();
    cards.push({ username: values[0]!, code: values[1]! });
  }
  return cards;
}

async function newClass(page: Page, name: string) {
  const created = await page.request.post('/api/classes', { data: { name } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { class: { id: string } }).class;
}

async function signInWithCard(page: Page, username: string, code: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email or username').fill(username);
  await page.getByLabel('Password or personal code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('[teacher] adds students by name and prints their cards; [student] signs in with a card and lands on their work @phone', async ({
  page,
  browser,
}) => {
  await signedInAs(page.request, 'teacher');
  const klass = await newClass(page, 'Year 9 History');
  await page.goto(`/teach/classes/${klass.id}`);

  const add = page.getByRole('region', { name: 'Add students who have no email' });
  await add.getByRole('button', { name: 'Make accounts and cards' }).click();
  await expect(add.getByLabel('Student names, one per line')).toHaveAttribute('aria-invalid', 'true');
  await add.getByLabel('Student names, one per line').fill('Maya Kowalski\n\n  Tom   Reyes \n');
  await add.getByRole('button', { name: 'Make accounts and cards' }).click();
  await expect(add.getByRole('status')).toHaveText('Made 2 accounts and added them to the class.');
  const printable = add.getByRole('region', { name: 'Sign-in cards (2)' });
  const list = printable.getByRole('list');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Maya Kowalski');
  await expect(list.getByRole('listitem').first()).toContainText('Year 9 History · class code');
  const [maya, tom] = await cardsIn(list);
  expect(maya!.username).toMatch(/^maya\.k\d*$/);
  expect(tom!.username).toMatch(/^tom\.r\d*$/);
  expect(maya!.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoAxeViolations(page, 'sign-in cards');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'sign-in cards, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Printed, the sheet holds the cards and nothing else of the page.
  await page.emulateMedia({ media: 'print' });
  await expect(list).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Roster' })).toBeHidden();
  await expect(printable.getByRole('button', { name: 'Print cards' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The roster says how each signs in.
  const roster = page.getByRole('region', { name: 'Roster' });
  const mayaRow = roster.getByRole('row', { name: /Maya Kowalski/ });
  await expect(mayaRow.getByRole('cell').first()).toContainText(maya!.username);
  await expect(mayaRow.getByRole('cell').first()).toContainText('Sign-in card');

  // The student types the card as a child might: capitals in the username, the code without its dash.
  const student = await browser.newPage();
  await signInWithCard(student, maya!.username.toUpperCase(), maya!.code.toLowerCase().replace('-', ''));
  await student.waitForURL((url) => url.pathname === '/work');
  await expect(student.getByRole('banner')).toContainText('Maya Kowalski');
  await student.close();
});

test('[teacher] gives a student a new card: the old code stops working and the student is signed out', async ({
  page,
  browser,
}) => {
  await signedInAs(page.request, 'teacher');
  const klass = await newClass(page, 'Year 10 History');
  await page.goto(`/teach/classes/${klass.id}`);
  const add = page.getByRole('region', { name: 'Add students who have no email' });
  await add.getByLabel('Student names, one per line').fill('Ines Duarte');
  await add.getByRole('button', { name: 'Make accounts and cards' }).click();
  const [ines] = await cardsIn(add.getByRole('region', { name: 'Sign-in card' }).getByRole('list'));

  const student = await browser.newPage();
  await signInWithCard(student, ines!.username, ines!.code);
  await student.waitForURL((url) => url.pathname === '/work');

  await page.reload();
  const roster = page.getByRole('region', { name: 'Roster' });
  await roster.getByRole('button', { name: 'New card for Ines Duarte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Give Ines Duarte a new sign-in card?' });
  await expect(dialog).toContainText('Their current personal code stops working at once');
  await expectNoAxeViolations(page, 'new card dialog');
  await dialog.getByRole('button', { name: 'Make a new card' }).click();
  await expect(dialog).toBeHidden();
  const [renewed] = await cardsIn(page.getByRole('region', { name: 'Sign-in card' }).getByRole('list'));
  expect(renewed!.username).toBe(ines!.username);
  expect(renewed!.code).not.toBe(ines!.code);

  // Her open session is over, and only the new code signs her in.
  expect(await (await student.request.get('/api/me')).json()).toMatchObject({ user: null });
  expect((await signInViaApi(student.request, ines!.username, ines!.code)).status()).toBe(401);
  await signInWithCard(student, ines!.username, renewed!.code);
  await student.waitForURL((url) => url.pathname === '/work');
  await student.close();
});

test("[attacker] 20 wrong personal codes block a card's username as they block an email; the right code waits out the block", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signedInAs(page.request, 'teacher');
  const klass = await newClass(page, 'Art');
  await page.goto(`/teach/classes/${klass.id}`);
  const add = page.getByRole('region', { name: 'Add students who have no email' });
  await add.getByLabel('Student names, one per line').fill('Leo Park');
  await add.getByRole('button', { name: 'Make accounts and cards' }).click();
  const [leo] = await cardsIn(add.getByRole('region', { name: 'Sign-in card' }).getByRole('list'));

  const attacker = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 20; i++)
    expect((await signInViaApi(attacker, leo!.username, `WXYZ-${String(i).padStart(4, '2')}`)).status()).toBe(401);
  const blocked = await signInViaApi(attacker, leo!.username.toUpperCase(), leo!.code);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  await attacker.dispose();
});
