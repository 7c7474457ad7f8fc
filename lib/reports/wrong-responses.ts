import { WHO_SAYS_SO_CATEGORIES, type Question } from '../content/schema';
import { normalizeFreeText } from '../grading/normalize';
import type { Response } from '../grading/response';

// Which wrong answers students give most, per question, labelled in the question's own words so a
// teacher can see the misconception ("most chose ‘A defence pact’") without looking ids up.
// What counts as one wrong answer, by type (judged against the key, as the graders do):
// - single-choice, find-evidence, who-says-so: the chosen id when it is not the key (nor, for
//   who-says-so, a category the question also accepts);
// - multiple-select: each chosen option that is not in the key (one response may add several);
// - true-false: the value when it is not the key;
// - fill-blank: the normalised text (normalizeFreeText) when no accepted variant normalises to it;
//   a blank answer is counted as "(left blank)";
// - matching: each pair left → right of a left item in the key matched to another right item;
//   unmatched left items and unknown left ids are not choices and are not counted;
// - ordering: the whole order, when it is not the key exactly.
// A response of another type than the question is a caller's bug and counts nothing.

export type WrongResponse = {
  /** Stable identity of the answer (an option id, a normalised text, JSON of a pair or an order). */
  key: string;
  /** The answer in the question's words: option text, "True", “left” → “right”, … */
  label: string;
  /** How many responses gave it. */
  count: number;
};

export type LabelSources = {
  /** Sentence id → sentence text, to label find-evidence choices; without it they read "Sentence p2s3". */
  sentences?: ReadonlyMap<string, string>;
};

type Choice = { key: string; label: string };

/** The wrong answers most given to the question, most frequent first (ties by label), at most `limit`. */
export function tallyWrongResponses(
  question: Question,
  responses: readonly Response[],
  sources: LabelSources = {},
  limit = 3,
): WrongResponse[] {
  const tally = new Map<string, WrongResponse>();
  for (const response of responses) {
    for (const choice of wrongChoices(question, response, sources)) {
      const entry = tally.get(choice.key);
      if (entry) entry.count += 1;
      else tally.set(choice.key, { ...choice, count: 1 });
    }
  }
  return [...tally.values()].sort(byCountThenLabel).slice(0, limit);
}

function byCountThenLabel(a: WrongResponse, b: WrongResponse): number {
  return b.count - a.count || compare(a.label, b.label) || compare(a.key, b.key);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The wrong answers within one response, each once. */
function wrongChoices(question: Question, response: Response, sources: LabelSources): Choice[] {
  switch (question.type) {
    case 'single-choice':
      if (response.type !== question.type || response.choice === question.answer) return [];
      return [{ key: response.choice, label: optionText(question.options, response.choice) }];
    case 'multiple-select': {
      if (response.type !== question.type) return [];
      const wrong = [...new Set(response.choices)].filter((choice) => !question.answer.includes(choice));
      return wrong.map((choice) => ({ key: choice, label: optionText(question.options, choice) }));
    }
    case 'true-false':
      if (response.type !== question.type || response.value === question.answer) return [];
      return [{ key: String(response.value), label: response.value ? 'True' : 'False' }];
    case 'fill-blank': {
      if (response.type !== question.type) return [];
      const given = normalizeFreeText(response.text);
      if (given !== '' && question.answer.some((variant) => normalizeFreeText(variant) === given)) return [];
      return [{ key: given, label: given === '' ? '(left blank)' : quoted(given) }];
    }
    case 'matching': {
      if (response.type !== question.type) return [];
      const { left, right } = question.options;
      return Object.entries(question.answer)
        .filter(([leftId, rightId]) => Object.hasOwn(response.pairs, leftId) && response.pairs[leftId] !== rightId)
        .map(([leftId]) => {
          const rightId = response.pairs[leftId]!;
          const label = `${quoted(optionText(left, leftId))} → ${quoted(optionText(right, rightId))}`;
          return { key: JSON.stringify([leftId, rightId]), label };
        });
    }
    case 'ordering': {
      if (response.type !== question.type) return [];
      const { order } = response;
      const isKey = order.length === question.answer.length && question.answer.every((id, i) => order[i] === id);
      if (isKey) return [];
      const label =
        order.length === 0
          ? '(no order given)'
          : order.map((id) => quoted(optionText(question.options, id))).join(' → ');
      return [{ key: JSON.stringify(order), label }];
    }
    case 'find-evidence': {
      if (response.type !== question.type || response.choice === question.answer) return [];
      const text = sources.sentences?.get(response.choice);
      return [{ key: response.choice, label: text === undefined ? `Sentence ${response.choice}` : quoted(text) }];
    }
    case 'who-says-so': {
      if (response.type !== question.type || response.choice === question.answer) return [];
      if ((question.alsoAccepted ?? []).some((accepted) => accepted === response.choice)) return [];
      return [{ key: response.choice, label: optionText(WHO_SAYS_SO_CATEGORIES, response.choice) }];
    }
  }
}

/** The option's text; an id the question does not have (an edited question, a forged request) says so. */
function optionText(options: readonly { id: string; text: string }[], id: string): string {
  return options.find((option) => option.id === id)?.text ?? `Unknown option (${id})`;
}

function quoted(text: string): string {
  return `“${text}”`;
}
