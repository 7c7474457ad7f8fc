import { MASTERY_LEVELS, MASTERY_RULE } from '@/lib/progress/mastery';
import { LEVEL_ICON } from './mastery-badge';

const levelOf = (line: string) => MASTERY_LEVELS.find((l) => line.startsWith(`${l.label}:`))?.level;

/** The rule exactly as the code applies it (MASTERY_RULE): how a score is made, then the levels, each with its icon. */
export function MasteryRule() {
  const scoring = MASTERY_RULE.filter((line) => !levelOf(line));
  const levels = MASTERY_RULE.filter((line) => levelOf(line));
  return (
    <div className="space-y-3 rounded-lg bg-stone-50 p-4 text-sm leading-relaxed text-stone-800 dark:bg-stone-900 dark:text-stone-200">
      <h3 className="text-base font-semibold text-stone-900 dark:text-stone-100">How your level is worked out</h3>
      <ul className="list-disc space-y-1.5 pl-5">
        {scoring.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ul className="space-y-1.5">
        {levels.map((line) => (
          <li key={line} className="flex gap-2">
            <span aria-hidden="true" className="w-4 shrink-0 text-center">
              {LEVEL_ICON[levelOf(line)!]}
            </span>
            <span>{line}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
