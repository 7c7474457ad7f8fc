// A random but valid answer to a question as the student API shows it (lib/attempts/views.ts),
// in the attempt's option tokens and in the shapes of lib/grading/response.ts. Valid, so every
// save is applied and graded: the benchmark measures the work a real save does.
import type { QuestionView } from '../../../lib/attempts/views';
import type { Response } from '../../../lib/grading/response';

const pick = <T>(items: readonly T[]): T => {
  if (items.length === 0) throw new Error('A question shows no options to choose from');
  return items[Math.floor(Math.random() * items.length)]!;
};

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const WORDS = ['Moscow', 'Pyongyang', 'treaty', 'defence', '2024', 'mutual assistance', 'Kim', 'Putin'];

export function randomResponse(question: QuestionView): Response {
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
    case 'who-says-so':
      return { type: question.type, choice: pick(question.options).token };
    case 'multiple-select': {
      const chosen = question.options.filter(() => Math.random() < 0.5).map((o) => o.token);
      return { type: 'multiple-select', choices: chosen.length > 0 ? chosen : [pick(question.options).token] };
    }
    case 'ordering':
      // The server refuses an ordering that does not list every item exactly once.
      return { type: 'ordering', order: shuffled(question.options.map((o) => o.token)) };
    case 'matching': {
      const rights = shuffled(question.right.map((o) => o.token));
      if (rights.length === 0) throw new Error('A matching question shows nothing to match with');
      return {
        type: 'matching',
        pairs: Object.fromEntries(question.left.map((o, i) => [o.token, rights[i % rights.length]!])),
      };
    }
    case 'true-false':
      return { type: 'true-false', value: Math.random() < 0.5 };
    case 'fill-blank':
      return { type: 'fill-blank', text: pick(WORDS) };
  }
}
