import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { MY_WORK_PATH } from '@/lib/auth/landing-path';

// "My work" for one class or for all of them: plain links (the class in the address), so the
// filter works before any script loads and a class's card on /classes can link straight to it.

type ClassChoice = { id: string; name: string };

/** The address of one class's work on "My work". */
export function workHrefFor(classId: string): string {
  return `${MY_WORK_PATH}?class=${encodeURIComponent(classId)}`;
}

export function WorkClassFilter({ classes, selectedId }: { classes: ClassChoice[]; selectedId: string | null }) {
  const choices = [{ href: MY_WORK_PATH, label: 'All classes', isCurrent: selectedId === null }].concat(
    classes.map((c) => ({ href: workHrefFor(c.id), label: c.name, isCurrent: c.id === selectedId })),
  );
  return (
    <nav aria-label="Show work from">
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {choices.map((choice) => (
          <li key={choice.href}>
            {choice.isCurrent ? (
              <span aria-current="page" className="font-semibold">
                {choice.label}
              </span>
            ) : (
              <Link href={choice.href} className={linkClass}>
                {choice.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
