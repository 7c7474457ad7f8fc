import { LocalTime } from '@/components/ui/local-time';
import type { ModuleMasteryView, ObjectiveMasteryView } from '@/lib/progress/get-mastery';
import { MasteryBadge } from './mastery-badge';

function numbers(o: ObjectiveMasteryView): string {
  const answered = `${o.answered} of ${o.total} question${o.total === 1 ? '' : 's'} answered`;
  if (o.percent === null) return `No answers yet · ${answered}`;
  return `Score ${o.percent}% · ${answered} · right first tries on ${o.occasions} occasion${o.occasions === 1 ? '' : 's'}`;
}

/** Everything but the second occasion is there: say when the next right first try makes it. */
const waitsForOccasion = (o: ObjectiveMasteryView) =>
  o.level !== 'mastered' && o.nextOccasionAt !== null && (o.percent ?? 0) >= 90 && o.answered >= o.total;

/** One module's objectives: the level in words and icon, and a bar of the score with its numbers as text. */
export function ObjectiveMasteryList({ module }: { module: ModuleMasteryView }) {
  return (
    <ul className="space-y-4">
      {module.objectives.map((o) => (
        <li key={o.objectiveId} className="space-y-2">
          <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
            <p className="min-w-0 flex-1 leading-snug">{o.text}</p>
            <MasteryBadge level={o.level} />
          </div>
          {/* The bar only draws the score; the same numbers are in the text beside it. */}
          <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
            <div
              aria-hidden="true"
              className="h-2.5 w-full overflow-hidden sm:flex-1 rounded-full border border-stone-500 bg-stone-100 dark:border-stone-400 dark:bg-stone-800"
            >
              <div className="h-full bg-blue-700 dark:bg-blue-300" style={{ width: `${o.percent ?? 0}%` }} />
            </div>
            <p className="shrink-0 text-sm tabular-nums text-stone-700 dark:text-stone-300">{numbers(o)}</p>
          </div>
          {waitsForOccasion(o) && (
            <p className="text-sm text-stone-700 dark:text-stone-300">
              Mastered takes a second occasion: a right first try at one of its questions from{' '}
              <LocalTime iso={o.nextOccasionAt!} />.
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
