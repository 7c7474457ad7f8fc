import type { Module } from '@/lib/content/schema';
import { ObjectiveCheck } from './objective-check';

type Props = { courseId: string; moduleId: string; objectives: Module['objectives'] };

/**
 * A module's objectives as a checklist: static text for everyone, with a box per objective that the
 * learner's progress ticks once mastered (objective-check.tsx), the level said in words.
 */
export function ObjectiveChecklist({ courseId, moduleId, objectives }: Props) {
  return (
    <ul className="space-y-2 leading-relaxed">
      {objectives.map((o) => (
        <li key={o.id} className="flex items-start gap-3">
          <ObjectiveCheck courseId={courseId} moduleId={moduleId} objectiveId={o.id}>
            <span>{o.text}</span>
          </ObjectiveCheck>
        </li>
      ))}
    </ul>
  );
}

/** At the top of a lesson: what it teaches, ticked off as the learner masters it. */
export function Objectives(props: Props) {
  return (
    <section
      aria-labelledby="objectives"
      className="rounded-xl border border-blue-200 bg-blue-50 p-5 dark:border-blue-900 dark:bg-blue-950"
    >
      <h2 id="objectives" className="text-lg font-semibold">
        By the end of this lesson you will be able to
      </h2>
      <div className="mt-3">
        <ObjectiveChecklist {...props} />
      </div>
      <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">
        A box is ticked once you have mastered the objective: its questions answered right from memory on two occasions.
      </p>
    </section>
  );
}
