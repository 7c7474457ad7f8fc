import { WHO_SAYS_SO_CATEGORIES, type Article, type Question } from '@/lib/content/schema';
import { parseSentenceId } from '@/lib/content/sentence-ref';
import type { Response } from '@/lib/grading/response';

// A stored response (in content ids) in the question's own words, for teachers: the option texts
// chosen rather than ids, so an export or an attempt page reads without looking anything up.

type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;

function textOf(options: readonly { id: string; text: string }[], id: string): string {
  return options.find((o) => o.id === id)?.text ?? `Unknown option (${id})`;
}

export function describeResponse(question: Question, article: Article, response: Response): string {
  if (response.type !== question.type) return `(an answer for a ${response.type} question)`;
  // The types are equal (checked above); TypeScript cannot relate the two unions, hence the casts.
  switch (response.type) {
    case 'single-choice':
      return textOf((question as QuestionOf<'single-choice'>).options, response.choice);
    case 'multiple-select': {
      const { options } = question as QuestionOf<'multiple-select'>;
      return response.choices.length === 0
        ? '(none chosen)'
        : response.choices.map((id) => textOf(options, id)).join('; ');
    }
    case 'true-false':
      return response.value ? 'True' : 'False';
    case 'fill-blank':
      return response.text;
    case 'matching': {
      const { left, right } = (question as QuestionOf<'matching'>).options;
      const pairs = left
        .filter((l) => Object.hasOwn(response.pairs, l.id))
        .map((l) => `${l.text} → ${textOf(right, response.pairs[l.id]!)}`);
      return pairs.length === 0 ? '(nothing matched)' : pairs.join('; ');
    }
    case 'ordering': {
      const { options } = question as QuestionOf<'ordering'>;
      return response.order.length === 0
        ? '(no order given)'
        : response.order.map((id, i) => `${i + 1}. ${textOf(options, id)}`).join('; ');
    }
    case 'find-evidence': {
      const sentence = article.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === response.choice);
      const label = parseSentenceId(response.choice)?.label ?? response.choice;
      return sentence ? `Sentence ${label}: “${sentence.text}”` : `Sentence ${label}`;
    }
    case 'who-says-so':
      return textOf(WHO_SAYS_SO_CATEGORIES, response.choice);
  }
}
