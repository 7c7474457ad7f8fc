import Link from '@/components/ui/link';
import { Button, linkClass } from '@/components/ui/button';
import { FieldError, describedBy, fieldControl, fieldHint, fieldLabel } from '@/components/ui/field';
import type { GradebookQuery } from '@/lib/gradebook/gradebook-view';
import type { GradebookAssignment } from '@/lib/gradebook/views';

type Props = {
  query: GradebookQuery;
  assignments: GradebookAssignment[];
  basePath: string;
  /** The "below" box as typed, so a wrong value stays in it beside its message. */
  belowText: string;
};

const checkbox = 'size-5 accent-blue-700 dark:accent-blue-300';

/**
 * Which students to show: a plain GET form, so the filters are in the address (a reload or a
 * bookmark keeps them) and work without JavaScript. The sort order rides along in hidden fields.
 */
export function GradebookFilters({ query, assignments, basePath, belowText }: Props) {
  const { filters, sort, direction, errors } = query;
  const isFiltered = filters.isMissing || filters.isLate || filters.below !== null || errors.below !== undefined;
  return (
    <form method="get" action={basePath} aria-labelledby="filters-heading" className="space-y-3">
      <h2 id="filters-heading" className="text-lg font-semibold">
        Show only students with
      </h2>
      {sort.by !== 'name' && (
        <input type="hidden" name="sort" value={sort.by === 'average' ? 'average' : sort.assignmentId} />
      )}
      <input type="hidden" name="dir" value={direction === 'ascending' ? 'asc' : 'desc'} />
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="missing" value="1" defaultChecked={filters.isMissing} className={checkbox} />
          Missing work
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="late" value="1" defaultChecked={filters.isLate} className={checkbox} />
          Late work
        </label>
        <div className="space-y-1">
          <label htmlFor="below" className={fieldLabel}>
            A score below (%)
          </label>
          <input
            id="below"
            name="below"
            type="number"
            min={0}
            max={100}
            step="any"
            inputMode="decimal"
            defaultValue={belowText}
            aria-invalid={errors.below ? true : undefined}
            aria-describedby={describedBy({ hintId: 'below-hint', errorId: errors.below ? 'below-error' : undefined })}
            className={`${fieldControl} w-28`}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="in" className={fieldLabel}>
            In
          </label>
          <select id="in" name="in" defaultValue={filters.assignmentId ?? ''} className={`${fieldControl} max-w-72`}>
            <option value="">Any assignment</option>
            {assignments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {isFiltered && (
          <Link href={basePath} className={`${linkClass} inline-flex min-h-11 items-center`}>
            Show everyone
          </Link>
        )}
      </div>
      <p id="below-hint" className={fieldHint}>
        A student is shown when any chosen filter holds for one of the assignments in view. Missing work counts as 0%.
      </p>
      <FieldError id="below-error" error={errors.below} />
    </form>
  );
}
