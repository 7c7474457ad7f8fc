'use client';

import { useRef, useState, useTransition } from 'react';
import { removeAccommodationAction } from '@/app/(teacher)/teach/assignments/[assignmentId]/actions';
import { toFormData } from '@/components/forms/form-data';
import { TableRegion, cell, headCell } from '@/components/ui/table';
import { EXTRA_TIME_LABELS } from '@/lib/assignments/accommodation-options';
import type { AccommodationView } from '@/lib/assignments/set-accommodation';
import { LocalTime } from '@/components/ui/local-time';
import { Button } from '@/components/ui/button';
import { ErrorMessage, StatusMessage, errorText, statusText } from '@/components/ui/status-message';

/** The students with an accommodation on this assignment, each removable at once (it is easy to set again). */
export function AccommodationTable({ assignmentId, rows }: { assignmentId: string; rows: AccommodationView[] }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [, startRemoving] = useTransition();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  function remove(row: AccommodationView) {
    setBusyId(row.studentId);
    setError('');
    setStatus('');
    startRemoving(async () => {
      const result = await removeAccommodationAction(undefined, toFormData({ assignmentId, studentId: row.studentId }));
      setBusyId(null);
      if (!result.ok) return setError(result.message);
      setStatus(`Removed the accommodation for ${row.studentName}.`);
      // The row and its button are going: the heading takes focus so keyboard users are not lost.
      headingRef.current?.focus();
    });
  }

  return (
    <div className="space-y-3">
      <h3
        ref={headingRef}
        tabIndex={-1}
        id="current-accommodations-heading"
        className="text-xl font-bold focus:outline-none"
      >
        Current accommodations
      </h3>
      <StatusMessage className={`${statusText} empty:hidden`}>{status}</StatusMessage>
      <ErrorMessage className={`${errorText} empty:hidden`}>{error}</ErrorMessage>
      {rows.length === 0 ? (
        <p>None yet: every student has the class’s time limit and due date.</p>
      ) : (
        <TableRegion labelledBy="current-accommodations-heading">
          <table aria-labelledby="current-accommodations-heading" className="w-full border-collapse text-left">
            <thead>
              <tr>
                <th scope="col" className={headCell}>
                  Student
                </th>
                <th scope="col" className={headCell}>
                  Extra time
                </th>
                <th scope="col" className={headCell}>
                  Due date
                </th>
                <th scope="col" className={headCell}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.studentId}>
                  <th scope="row" className={`${cell} font-semibold`}>
                    {row.studentName}
                  </th>
                  <td className={cell}>{EXTRA_TIME_LABELS[row.extraTime]}</td>
                  <td className={cell}>{row.dueAt ? <LocalTime iso={row.dueAt} /> : 'Same as the class'}</td>
                  <td className={`${cell} text-right`}>
                    <Button type="button" variant="secondary" disabled={busyId !== null} onClick={() => remove(row)}>
                      {busyId === row.studentId ? 'Removing…' : 'Remove'}
                      <span className="sr-only"> accommodation for {row.studentName}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}
