import { pillClass } from '@/components/ui/badge';
import { MASTERY_LEVELS, type MasteryLevel } from '@/lib/progress/mastery';

// Each level has a word, a filling-circle icon and a colour: the word and the icon say it on their
// own, so the colour is never the only cue.

export const LEVEL_ICON: Record<MasteryLevel, string> = {
  'not-started': '○',
  attempted: '◔',
  familiar: '◑',
  proficient: '◕',
  mastered: '●',
};

const LEVEL_STYLE: Record<MasteryLevel, string> = {
  'not-started': 'border-stone-500 bg-white text-stone-800 dark:border-stone-400 dark:bg-stone-950 dark:text-stone-200',
  attempted: 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  familiar: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  proficient: 'border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100',
  mastered: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100',
};

export const levelLabel = (level: MasteryLevel) => MASTERY_LEVELS.find((l) => l.level === level)?.label ?? level;

export function MasteryBadge({ level }: { level: MasteryLevel }) {
  return (
    <span className={`${pillClass} ${LEVEL_STYLE[level]}`}>
      <span aria-hidden="true">{LEVEL_ICON[level]}</span>
      {levelLabel(level)}
    </span>
  );
}
