import 'server-only';
import { getCourse } from '@/lib/content/course';

// A question's number in its module's bank: its place in the module file, retired questions
// included, so a number never moves when a question is retired or another is added at the end.
// Statistics, the teacher's view of an attempt and the responses CSV name a question by it
// ("Q7 · the-pact"), the same for every student, whatever position their own draw gave it.

export type BankNumber = { number: number; moduleId: string; label: string };

const cached = new Map<string, Map<string, BankNumber>>();

export function bankLabel(number: number, moduleId: string): string {
  return `Q${number} · ${moduleId}`;
}

/** Every question of the course by id; empty for a course that is not installed. */
export function getBankNumbers(courseId: string): Map<string, BankNumber> {
  const hit = cached.get(courseId);
  if (hit) return hit;
  const course = getCourse(courseId);
  const numbers = new Map<string, BankNumber>(
    (course?.moduleList ?? []).flatMap((m) =>
      m.questions.map((q, i) => [q.id, { number: i + 1, moduleId: m.id, label: bankLabel(i + 1, m.id) }] as const),
    ),
  );
  if (course) cached.set(courseId, numbers);
  return numbers;
}
