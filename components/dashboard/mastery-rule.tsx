import { MASTERY_LEVELS, MASTERY_RULE } from '@/lib/progress/mastery';
import { LEVEL_ICON } from './mastery-badge';

/** The rule exactly as the code applies it (MASTERY_RULE), with each level's icon beside its line. */
export function MasteryRule() {
  return (
    <div className="rounded-lg bg-stone-50 p-4 dark:bg-stone-900">
      <h3 className="font-semibold">How your level is worked out</h3>
      <ul className="mt-2 space-y-1.5 text-sm leading-relaxed text-stone-800 dark:text-stone-200">
        {MASTERY_RULE.map((line) => {
          const level = MASTERY_LEVELS.find((l) => line.startsWith(`${l.label}:`))?.level;
          return (
            <li key={line} className="flex gap-2">
              <span aria-hidden="true" className="w-4 shrink-0 text-center">
                {level ? LEVEL_ICON[level] : '•'}
              </span>
              <span>{line}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
