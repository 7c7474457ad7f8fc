import { expect, type Page } from '@playwright/test';
import { modules, type Question } from '../content';

// Where a browser test stands in an attempt: which attempt, and which content question is on screen.

const allQuestions = new Map(modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)));

export function attemptIdOf(page: Page): string {
  const match = /\/attempts\/([A-Za-z0-9_-]+)/.exec(page.url());
  if (!match) throw new Error(`not on an attempt page: ${page.url()}`);
  return match[1]!;
}

/** The question ids of the attempt on screen, in the attempt's order (read through the owner's own API). */
export async function questionOrder(page: Page): Promise<string[]> {
  const res = await page.request.get(`/api/attempts/${attemptIdOf(page)}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { attempt: { questions: { id: string }[] } };
  return body.attempt.questions.map((q) => q.id);
}

/** The content question whose "Question N of M" heading is showing. */
export async function currentQuestion(page: Page, order: string[]): Promise<{ question: Question; index: number }> {
  const heading = page.getByText(/^Question \d+ of \d+$/);
  await expect(heading).toBeVisible();
  const index = Number(/Question (\d+)/i.exec((await heading.textContent()) ?? '')![1]) - 1;
  return { question: allQuestions.get(order[index]!)!, index };
}
