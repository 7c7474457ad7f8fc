import { expect, type Page } from '@playwright/test';
import { sentences, WHO_SAYS_SO_TEXT, wrongCategory, type Question } from '../content';

// Answers the question on screen using the keyboard only: focus moves with the keys a person
// would press (Tab is replaced by focusing the control directly), choices are made with Space,
// Enter and the arrow keys, text is typed. No clicks.

const CATEGORIES = WHO_SAYS_SO_TEXT;

type Option = { id: string; text: string };
const optionsOf = (q: Question) => q.options as Option[];
const textOf = (q: Question, id: string) => optionsOf(q).find((o) => o.id === id)!.text;

async function pickRadio(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** The texts of a wrong single answer for radio-type questions, or undefined for other types. */
export function wrongChoiceText(q: Question): string | undefined {
  switch (q.type) {
    case 'single-choice':
      return optionsOf(q).find((o) => o.id !== q.answer)!.text;
    case 'true-false':
      return q.answer ? 'False' : 'True';
    case 'who-says-so':
      return CATEGORIES[wrongCategory(q)];
    case 'find-evidence':
      return sentences.find((s) => s.id.startsWith(`${q.paragraph}s`) && s.id !== q.answer)!.text;
    default:
      return undefined;
  }
}

export async function answerWrongly(page: Page, q: Question) {
  const text = wrongChoiceText(q);
  if (text === undefined) throw new Error(`answerWrongly needs a one-answer question, not ${q.type}`);
  await pickRadio(page, text);
}

export async function answerCorrectly(page: Page, q: Question) {
  switch (q.type) {
    case 'single-choice':
      return pickRadio(page, textOf(q, q.answer as string));
    case 'true-false':
      return pickRadio(page, q.answer ? 'True' : 'False');
    case 'who-says-so':
      return pickRadio(page, CATEGORIES[q.answer as string]!);
    case 'find-evidence':
      return pickRadio(page, sentences.find((s) => s.id === q.answer)!.text);
    case 'multiple-select':
      for (const id of q.answer as string[]) {
        const box = page.getByRole('checkbox', { name: textOf(q, id), exact: true });
        await box.focus();
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      return;
    case 'fill-blank': {
      const box = page.getByRole('textbox');
      await box.focus();
      await page.keyboard.type((q.answer as string[])[0]!);
      return;
    }
    case 'matching': {
      const { left, right } = q.options as { left: Option[]; right: Option[] };
      for (const l of left) {
        const target = right.find((r) => r.id === (q.answer as Record<string, string>)[l.id])!.text;
        const select = page.getByRole('combobox', { name: l.text, exact: true });
        await select.focus();
        for (let presses = 0; presses < 12; presses++) {
          const chosen = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
          if (chosen === target) break;
          await page.keyboard.press('ArrowDown');
        }
        await expect(select.locator('option:checked')).toHaveText(target);
      }
      return;
    }
    case 'ordering': {
      const target = (q.answer as string[]).map((id) => textOf(q, id));
      const items = page
        .getByRole('list')
        .filter({ has: page.getByRole('button', { name: /^Move '.*' up$/ }) })
        .getByRole('listitem');
      for (let i = 0; i < target.length; i++) {
        const current = await items.allInnerTexts();
        const j = current.findIndex((t) => t.includes(target[i]!));
        for (let k = j; k > i; k--) {
          const up = page.getByRole('button', { name: `Move '${target[i]}' up` });
          await up.focus();
          await page.keyboard.press('Enter');
        }
      }
      const keep = page.getByRole('button', { name: 'Keep this order' });
      if (await keep.isVisible()) {
        await keep.focus();
        await page.keyboard.press('Enter');
      }
      const final = await items.allInnerTexts();
      target.forEach((t, i) => expect(final[i]).toContain(t));
      return;
    }
  }
}

export async function pressButton(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}
