import 'server-only';
import { WHO_SAYS_SO_CATEGORIES, type Article, type Question } from '@/lib/content/schema';
import { choicesOf } from './adjustments';

// A question's key and choices in the teacher's words: the regrade panel and the statistics page
// show the correct answer and how answers spread over the choices with these.

/** The label of each choice, for questions answered by one choice. */
export function labelsOf(question: Question, article: Article): Map<string, string> | undefined {
  const ids = choicesOf(question, article);
  if (!ids) return undefined;
  switch (question.type) {
    case 'single-choice':
      return new Map(question.options.map((o) => [o.id, o.text]));
    case 'who-says-so':
      return new Map(WHO_SAYS_SO_CATEGORIES.map((c) => [c.id, c.text]));
    case 'true-false':
      return new Map([
        ['true', 'True'],
        ['false', 'False'],
      ]);
    default: {
      const sentences = new Map(article.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
      return new Map(ids.map((id) => [id, sentences.get(id) ?? id]));
    }
  }
}

/** The choices that are right, for choice questions; [] otherwise. */
export function keyOf(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
      return [question.answer];
    case 'who-says-so':
      return [question.answer, ...(question.alsoAccepted ?? [])];
    case 'true-false':
      return [String(question.answer)];
    default:
      return [];
  }
}

export function keyText(question: Question): string {
  switch (question.type) {
    case 'fill-blank':
      return question.answer.join(' / ');
    case 'multiple-select':
      return question.options
        .filter((o) => question.answer.includes(o.id))
        .map((o) => o.text)
        .join(', ');
    case 'ordering':
      return question.answer.map((id) => question.options.find((o) => o.id === id)?.text ?? id).join(' → ');
    case 'matching':
      return Object.entries(question.answer)
        .map(
          ([l, r]) =>
            `${question.options.left.find((o) => o.id === l)?.text ?? l} → ${question.options.right.find((o) => o.id === r)?.text ?? r}`,
        )
        .join('; ');
    default:
      return '';
  }
}

/** The correct answer in words, for every type ("A defence pact", "True", "a → b; c → d"). */
export function correctAnswerText(question: Question, article: Article): string {
  const labels = labelsOf(question, article);
  const key = keyOf(question);
  return key.map((k) => labels?.get(k) ?? k).join(', ') || keyText(question);
}
