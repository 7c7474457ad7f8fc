import Link from '@/components/ui/link';
import { startAssignmentAttemptAction } from '@/app/(student)/attempts/actions';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { formatScore } from '@/components/quiz/format';
import { linkClass } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import { FactSeparator } from '@/components/teacher/fact-separator';
import { GradeChangeNote } from '@/components/student/grade-change-note';
import type { MyWorkGroup, MyWorkItem } from '@/lib/assignments/list-my-work';
import { STATUS_TEXT, attemptText } from '@/lib/assignments/my-work-text';

// "My work": the student's to-do list, in three parts (lib/assignments/list-my-work.ts orders
// them). Each entry says what it is, when it is due or opens, where the student stands with their
// attempts, and the one thing to do next: start, continue, or view the results.

const GROUPS: { group: MyWorkGroup; heading: string; empty: string }[] = [
  { group: 'todo', heading: 'To do', empty: 'Nothing to do right now.' },
  { group: 'upcoming', heading: 'Coming up', empty: 'Nothing else is set yet.' },
  { group: 'done', heading: 'Done', empty: 'Nothing handed in yet.' },
];

function When({ item }: { item: MyWorkItem }) {
  if (item.group === 'upcoming')
    return (
      <>
        Opens <LocalTime iso={item.opensAt} style="weekday" />
        <FactSeparator />
        due <LocalTime iso={item.dueAt} style="weekday" />
      </>
    );
  if (item.status === 'missed' && item.canStart)
    return (
      <>
        Was due <LocalTime iso={item.dueAt} style="weekday" />
        <FactSeparator />
        {item.closesAt ? (
          <>
            late work accepted until <LocalTime iso={item.closesAt} style="weekday" />
          </>
        ) : (
          'late work still accepted'
        )}
      </>
    );
  return (
    <>
      {item.group === 'done' ? 'Was due' : 'Due'} <LocalTime iso={item.dueAt} style="weekday" />
    </>
  );
}

function Results({ results }: { results: NonNullable<MyWorkItem['results']> }) {
  return (
    <p>
      {results.score !== null ? (
        <>Score: {formatScore(results.score, results.max)}. </>
      ) : results.moreAt ? (
        <>
          Your score is shown from <LocalTime iso={results.moreAt} style="weekday" />.{' '}
        </>
      ) : (
        <>Your teacher shows no score for this work. </>
      )}
      <Link href={`/attempts/${encodeURIComponent(results.attemptId)}`} className={linkClass}>
        View results
      </Link>
    </p>
  );
}

function Entry({ item }: { item: MyWorkItem }) {
  const action = item.inProgressAttemptId ? 'Continue' : item.canStart ? (item.results ? 'Try again' : 'Start') : null;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="min-w-0 space-y-1">
        <h3 className="text-lg font-semibold">{item.title}</h3>
        <p className="text-stone-700 dark:text-stone-300">
          {item.className}
          <FactSeparator />
          <When item={item} />
        </p>
        <p className="font-semibold">
          {attemptText(item)}
          {item.group === 'done' && (
            <>
              <FactSeparator />
              {STATUS_TEXT[item.status]}
            </>
          )}
        </p>
        {item.results && <Results results={item.results} />}
        {item.gradeChange && <GradeChangeNote change={item.gradeChange} title={item.title} />}
      </div>
      {action && (
        <ActionButtonForm
          action={startAssignmentAttemptAction}
          fields={{ assignmentId: item.id }}
          variant={action === 'Try again' ? 'secondary' : 'primary'}
        >
          {action}
          <span className="sr-only"> {item.title}</span>
        </ActionButtonForm>
      )}
    </li>
  );
}

export function MyWorkList({ items }: { items: MyWorkItem[] }) {
  return (
    <div className="space-y-8">
      {GROUPS.map(({ group, heading, empty }) => {
        const inGroup = items.filter((i) => i.group === group);
        return (
          <section key={group} aria-labelledby={`work-${group}`} className="space-y-2">
            <h2 id={`work-${group}`} className="text-2xl font-bold tracking-tight">
              {heading}
            </h2>
            {inGroup.length === 0 ? (
              <p className="text-stone-700 dark:text-stone-300">{empty}</p>
            ) : (
              <ul className="divide-y divide-stone-200 dark:divide-stone-800">
                {inGroup.map((item) => (
                  <Entry key={item.id} item={item} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
