import type { Question } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';

/** Every response that states the key: one per type, one per accepted variant for fill-blank. */
export function keyResponses(question: Question): Response[] {
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
    case 'who-says-so':
      return [{ type: question.type, choice: question.answer }];
    case 'multiple-select':
      return [{ type: question.type, choices: [...question.answer] }];
    case 'true-false':
      return [{ type: question.type, value: question.answer }];
    case 'fill-blank':
      return question.answer.map((text) => ({ type: question.type, text }));
    case 'matching':
      return [{ type: question.type, pairs: { ...question.answer } }];
    case 'ordering':
      return [{ type: question.type, order: [...question.answer] }];
  }
}

/** The one response that states the key (the first accepted variant for fill-blank). */
export function keyResponse(question: Question): Response {
  return keyResponses(question)[0]!;
}
