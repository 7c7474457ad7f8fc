'use client';

import { useRef, useState, useTransition } from 'react';
import { removeStudentAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import type { RosterEntry } from '@/lib/classes/views';
import { toFormData } from '@/components/forms/form-data';
import { TableRegion, cell, headCell, stickyRowHead } from '@/components/ui/table';
import { LocalTime } from '@/components/ui/local-time';
import { RemoveStudentDialog } from './remove-student-dialog';
import { Button } from '@/components/ui/button';
import { StatusMessage, statusText } from '@/components/ui/status-message';
import { Badge } from '@/components/ui/badge';
import { NewCardControl } from './new-card-control';
import { StudentEmail } from './student-email';

export type RosterRow = RosterEntry;

/** The class's students, each removable after a confirmation; what happened is announced. */
export function Roster({
  classId,
  classTitle,
  students,
}: {
  classId: string;
  classTitle: string;
  students: RosterRow[];
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasJustRemoved = useRef(false);
  const [removing, setRemoving] = useState<RosterRow | undefined>();
  const [isBusy, startRemoving] = useTransition();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [newCardFor, setNewCardFor] = useState<RosterRow | undefined>();

  // The dialog needs a script anyway, so the action is called from here rather than from a form.
  function confirmRemove() {
    const student = removing;
    if (!student) return;
    startRemoving(async () => {
      const result = await removeStudentAction(undefined, toFormData({ classId, studentId: student.studentId }));
      if (!result.ok) return setError(result.message);
      setStatus(`Removed ${student.name} from the class.`);
      hasJustRemoved.current = true;
      setRemoving(undefined);
    });
  }

  function onDialogClosed() {
    setRemoving(undefined);
    // Their row, and the Remove button the browser gave focus back to, are going: the heading takes focus.
    if (hasJustRemoved.current) headingRef.current?.focus();
    hasJustRemoved.current = false;
  }

  return (
    <div className="space-y-4">
      <h2
        ref={headingRef}
        tabIndex={-1}
        id="roster-heading"
        className="text-2xl font-bold tracking-tight focus:outline-none"
      >
        Students <span className="text-lg font-semibold text-stone-700 dark:text-stone-300">({students.length})</span>
      </h2>
      <NewCardControl classId={classId} student={newCardFor} onDone={() => setNewCardFor(undefined)} />
      <StatusMessage className={`${statusText} empty:hidden`}>{status}</StatusMessage>
      {students.length === 0 ? (
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          No students yet. Share the join code: students appear here as soon as they join.
        </p>
      ) : (
        <TableRegion label="Roster">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">
              Students in {classTitle}, with the email or username they sign in with and when they joined
            </caption>
            <thead>
              <tr>
                <th scope="col" className={headCell}>
                  Name
                </th>
                <th scope="col" className={headCell}>
                  Signs in with
                </th>
                <th scope="col" className={headCell}>
                  Joined
                </th>
                <th scope="col" className={headCell}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {students.map((student) => (
                <tr key={student.studentId}>
                  <th scope="row" className={`${cell} ${stickyRowHead} font-semibold`}>
                    {student.name}
                  </th>
                  <td className={cell}>
                    <StudentEmail email={student.email} className="break-normal" />
                    {student.hasSignInCard && <Badge className="ms-2 text-sm whitespace-nowrap">Sign-in card</Badge>}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <LocalTime iso={student.joinedAt} />
                  </td>
                  <td className={`${cell} space-x-2 text-right whitespace-nowrap`}>
                    {student.hasSignInCard && (
                      <Button type="button" variant="secondary" onClick={() => setNewCardFor(student)}>
                        New card<span className="sr-only"> for {student.name}</span>
                      </Button>
                    )}
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => {
                        setError('');
                        setRemoving(student);
                      }}
                    >
                      Remove<span className="sr-only"> {student.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <RemoveStudentDialog
        student={removing}
        classTitle={classTitle}
        isBusy={isBusy}
        error={error}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(undefined)}
        onClose={onDialogClosed}
      />
    </div>
  );
}
