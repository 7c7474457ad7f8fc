import 'server-only';
import { WHO_SAYS_SO_CATEGORIES, type Article, type Question } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';
import { optionToken, seededShuffle } from './seeded';
import type { OptionView, QuestionView } from './views';

// The only road from a content question to the browser. It copies an explicit allow-list of
// fields (prompt and option texts) and replaces every option id with the attempt's opaque token;
// answer keys, explanations, evidence and objectives stay behind.

type Namespace = 'option' | 'left' | 'right';
type Item = { id: string; text: string };

function itemsOf(question: Question, article: Article): Partial<Record<Namespace, Item[]>> {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
    case 'ordering':
      return { option: question.options };
    case 'who-says-so':
      return { option: WHO_SAYS_SO_CATEGORIES.map((c) => ({ id: c.id, text: c.text })) };
    case 'find-evidence':
      return { option: article.paragraphs.find((p) => p.id === question.paragraph)?.sentences ?? [] };
    case 'matching':
      return { left: question.options.left, right: question.options.right };
    case 'true-false':
    case 'fill-blank':
      return {};
  }
}

function view(items: Item[], seed: string, questionId: string, namespace: Namespace): OptionView[] {
  return items.map((item) => ({ token: optionToken(seed, questionId, namespace, item.id), text: item.text }));
}

export function toQuestionView(question: Question, seed: string, number: number, article: Article): QuestionView {
  const base = { id: question.id, prompt: question.prompt, number };
  const items = itemsOf(question, article);
  const shuffled = (namespace: Namespace) =>
    view(seededShuffle(items[namespace] ?? [], seed, `${question.id}:${namespace}`), seed, question.id, namespace);
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return { ...base, type: question.type, options: shuffled('option') };
    case 'ordering': {
      let order = seededShuffle(question.options, seed, `${question.id}:option`);
      // A shuffle that happens to be the answer would give the question away: rotate it by one.
      if (order.every((o, i) => o.id === question.answer[i])) order = [...order.slice(1), order[0]!];
      return { ...base, type: 'ordering', options: view(order, seed, question.id, 'option') };
    }
    case 'who-says-so':
      return { ...base, type: 'who-says-so', options: view(items.option ?? [], seed, question.id, 'option') };
    case 'find-evidence':
      return {
        ...base,
        type: 'find-evidence',
        paragraphNumber: Number(question.paragraph.slice(1)),
        options: view(items.option ?? [], seed, question.id, 'option'),
      };
    case 'matching':
      return { ...base, type: 'matching', left: shuffled('left'), right: shuffled('right') };
    case 'true-false':
    case 'fill-blank':
      return { ...base, type: question.type };
  }
}

type Translator = { forward: (ns: Namespace, value: string) => string | undefined };

function translator(question: Question, seed: string, article: Article, direction: 'toId' | 'toToken'): Translator {
  const maps = new Map<Namespace, Map<string, string>>();
  for (const [namespace, items] of Object.entries(itemsOf(question, article)) as [Namespace, Item[]][]) {
    const pairs = items.map((item) => [item.id, optionToken(seed, question.id, namespace, item.id)] as const);
    maps.set(namespace, new Map(direction === 'toToken' ? pairs : pairs.map(([id, token]) => [token, id])));
  }
  return { forward: (ns, value) => maps.get(ns)?.get(value) };
}

export class ResponseShapeError extends Error {}

/** Translates a response between content ids and this attempt's tokens; throws on unknown values. */
function translate(
  question: Question,
  seed: string,
  article: Article,
  response: Response,
  direction: 'toId' | 'toToken',
): Response {
  if (response.type !== question.type) {
    throw new ResponseShapeError(
      `This is a ${question.type} question; the answer sent was for a ${response.type} question.`,
    );
  }
  const t = translator(question, seed, article, direction);
  const one = (ns: Namespace, value: string) => {
    const result = t.forward(ns, value);
    if (result === undefined) throw new ResponseShapeError('The answer names an option this question does not have.');
    return result;
  };
  switch (response.type) {
    case 'single-choice':
    case 'find-evidence':
    case 'who-says-so':
      return { ...response, choice: one('option', response.choice) };
    case 'multiple-select':
      return { ...response, choices: [...new Set(response.choices)].map((c) => one('option', c)) };
    case 'ordering': {
      const order = response.order.map((c) => one('option', c));
      const expected = itemsOf(question, article).option?.length ?? 0;
      if (new Set(order).size !== order.length || order.length !== expected) {
        throw new ResponseShapeError(`An ordering answer must list all ${expected} items exactly once.`);
      }
      return { ...response, order };
    }
    case 'matching':
      return {
        ...response,
        pairs: Object.fromEntries(
          Object.entries(response.pairs).map(([left, right]) => [one('left', left), one('right', right)]),
        ),
      };
    case 'true-false':
    case 'fill-blank':
      return response;
  }
}

export function responseFromTokens(question: Question, seed: string, article: Article, response: Response): Response {
  return translate(question, seed, article, response, 'toId');
}

export function responseToTokens(question: Question, seed: string, article: Article, response: Response): Response {
  return translate(question, seed, article, response, 'toToken');
}
