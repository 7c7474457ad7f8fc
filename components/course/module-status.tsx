'use client';

import { useProgress } from './use-progress';

// On a module's card: where the learner stands in it, in words (lesson, quiz, objectives), each
// with a mark that is a glyph as well as a colour. A reserved line until known, so nothing jumps.

const DONE = 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100';
const TODO = 'border-stone-400 bg-white text-stone-800 dark:border-stone-500 dark:bg-stone-950 dark:text-stone-200';
const PILL = 'inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold';

function Step({ isDone, children }: { isDone: boolean; children: React.ReactNode }) {
  return (
    <li className={`${PILL} ${isDone ? DONE : TODO}`}>
      <span aria-hidden="true">{isDone ? '✓' : '○'}</span>
      <span>{children}</span>
    </li>
  );
}

export function ModuleStatus({
  courseId,
  moduleId,
  objectiveCount,
}: {
  courseId: string;
  moduleId: string;
  objectiveCount: number;
}) {
  const progress = useProgress(courseId);
  const mod = progress?.modules.find((m) => m.moduleId === moduleId);
  if (!progress || !mod) return <div className="min-h-7" />;
  const isRead = progress.readModuleIds.includes(moduleId);
  const mastered = mod.objectives.filter((o) => o.level === 'mastered').length;
  const quiz =
    mod.quizzesTaken === 0
      ? 'Quiz not taken'
      : mod.bestPercent === null
        ? 'Quiz taken'
        : `Your best quiz score: ${mod.bestPercent}%`;
  return (
    <ul aria-label="Your progress in this module" className="flex min-h-7 flex-wrap gap-2">
      <Step isDone={isRead}>{isRead ? 'Lesson read' : 'Lesson not read'}</Step>
      <Step isDone={mod.quizzesTaken > 0}>{quiz}</Step>
      <Step isDone={objectiveCount > 0 && mastered === objectiveCount}>
        {`${mastered} of ${objectiveCount} objectives mastered`}
      </Step>
    </ul>
  );
}
