import { QuestionSchema, type QuestionType } from '@/lib/content/schema';
import type { QuestionOf } from '@/lib/grading/shared';

// Builds small, schema-valid questions for the grader tests, so a test names only its key.

type Common = 'id' | 'objective' | 'pool' | 'revision' | 'prompt' | 'explanation' | 'evidence' | 'type';

export function question<T extends QuestionType>(type: T, fields: Omit<QuestionOf<T>, Common>): QuestionOf<T> {
  const parsed = QuestionSchema.parse({
    id: `test-${type}`,
    objective: 'test-objective',
    pool: 'practice',
    revision: 1,
    prompt: 'A question?',
    explanation: 'Because the article says so.',
    evidence: [{ sentence: 'p1s1', quote: 'A quote.' }],
    type,
    ...fields,
  });
  return parsed as QuestionOf<T>;
}

/** Options with these ids, each with some text. */
export function options(...ids: string[]) {
  return ids.map((id) => ({ id, text: `Option ${id}` }));
}
