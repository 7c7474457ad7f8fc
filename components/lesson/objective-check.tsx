'use client';

import type { ReactNode } from 'react';
import { useProgress } from '@/components/course/use-progress';
import type { MasteryLevel } from '@/lib/progress/mastery';

// One objective of a checklist: a box ticked once the learner has mastered it (lib/progress/mastery.ts),
// the level said in words beside it, and an empty box until the learner's progress is known.

const LABEL: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

const BOX = 'mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded border-2 text-sm font-bold';

type Props = { courseId: string; moduleId: string; objectiveId: string; children: ReactNode };

export function ObjectiveCheck({ courseId, moduleId, objectiveId, children }: Props) {
  const known = useProgress(courseId)?.modules.find((m) => m.moduleId === moduleId);
  const level = known?.objectives.find((o) => o.objectiveId === objectiveId)?.level ?? 'not-started';
  const isMastered = level === 'mastered';
  return (
    <>
      {!known ? (
        <span aria-hidden="true" className={`${BOX} border-stone-400 dark:border-stone-500`} />
      ) : isMastered ? (
        <span
          className={`${BOX} border-green-700 bg-green-700 text-white dark:border-green-300 dark:bg-green-300 dark:text-stone-950`}
        >
          <span aria-hidden="true">✓</span>
          <span className="sr-only">Mastered:</span>
        </span>
      ) : (
        <span className={`${BOX} border-stone-500 dark:border-stone-400`}>
          <span className="sr-only">{`Not mastered yet (${LABEL[level]}):`}</span>
        </span>
      )}
      <span>
        {children}
        {known && level !== 'not-started' ? (
          <span
            aria-hidden="true"
            className={`ml-2 whitespace-nowrap text-sm font-semibold ${isMastered ? 'text-green-800 dark:text-green-300' : 'text-stone-600 dark:text-stone-400'}`}
          >
            {LABEL[level]}
          </span>
        ) : null}
      </span>
    </>
  );
}
