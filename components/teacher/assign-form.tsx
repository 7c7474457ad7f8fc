'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import { createAssignmentAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { linkClass } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { SelectField } from '@/components/ui/select';
import { assignDefaults } from '@/lib/assignments/assign-defaults';
import { describeAssignRules } from '@/lib/assignments/describe-rules';
import { currentViewerTime, type ViewerTime } from '@/lib/time/viewer-time';
import { AttemptFields, DEFAULT_REVIEW, DateFields, QuestionFields, ReviewFields } from './assignment-rule-fields';
import { RulesPreview } from './rules-preview';
import { SubmitRow } from './submit-row';
import { TimeLimitField } from './time-limit-field';
import { useFocusFirstError } from './use-focus-first-error';
import { ErrorMessage, StatusMessage } from '@/components/ui/status-message';

const KINDS = [
  { value: 'quiz', label: 'Module quiz' },
  { value: 'practice', label: 'Module practice' },
  { value: 'final', label: 'Final test (whole course)' },
];

type Props = {
  classId: string;
  courseId: string;
  modules: { id: string; title: string }[];
  /**
   * The teacher's zone and locale as the server rendered the page (the viewer-time cookie), and
   * its clock, so the defaults and the preview the server sends are the ones the browser hydrates;
   * the browser then moves both to its own zone if that differs. Without them: UTC and now.
   */
  viewer?: ViewerTime;
  now?: string;
};

const UTC_VIEWER: ViewerTime = { timeZone: 'UTC', locale: 'en-GB' };

/** The form's fields as text, for the preview. */
function fieldsOf(form: HTMLFormElement | null): Record<string, string> {
  if (!form) return {};
  return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : '']));
}

const noSubscription = () => () => undefined;

export function AssignForm({ classId, courseId, modules, viewer: serverViewer = UTC_VIEWER, now: serverNow }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(createAssignmentAction);
  // The server's choice while hydrating, then the browser's own: it knows the teacher's zone for
  // certain, the server only from a cookie it may not have yet.
  const viewer = useSyncExternalStore(noSubscription, currentViewerTime, () => serverViewer);
  // Each saved assignment starts a fresh form, with its defaults counted from the moment of saving;
  // a refusal after it keeps what was typed.
  const saved = state?.ok ? state : undefined;
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved && saved !== lastSaved) setLastSaved(saved);
  const formKey = `${lastSaved?.assignmentId ?? 'new'}|${viewer.timeZone}`;
  const [baseNow] = useState(() => (serverNow ? new Date(serverNow) : new Date()));
  const now = lastSaved ? new Date(lastSaved.savedAt) : baseNow;
  const defaults = assignDefaults(now, viewer.timeZone);
  // What the teacher has changed in this form, for the preview (forgotten when the form starts afresh).
  const [edited, setEdited] = useState<{ key: string; fields: Record<string, string>; minutes: string }>({
    key: formKey,
    fields: {},
    minutes: '',
  });
  const current = edited.key === formKey ? edited : { key: formKey, fields: {}, minutes: '' };

  useFocusFirstError(state, formRef);

  const preview = describeAssignRules(
    { ...defaults, ...current.fields, timeLimitMinutes: current.minutes },
    viewer,
    now,
  );

  return (
    <form
      ref={formRef}
      {...formProps}
      onChange={(event) => {
        formProps.onChange(event);
        setEdited({ ...current, fields: fieldsOf(formRef.current) });
      }}
      aria-labelledby="assign-heading"
      className="space-y-4"
    >
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="timeZone" value={viewer.timeZone} />
      <h3 id="assign-heading" className="text-xl font-bold">
        Assign work
      </h3>
      <div key={formKey} className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="kind" label="What to assign" options={KINDS} error={fieldError('kind')} />
          <SelectField
            name="moduleId"
            label="Module (not used for the final test)"
            options={modules.map((m) => ({ value: m.id, label: m.title }))}
            error={fieldError('moduleId')}
          />
        </div>
        <QuestionFields fieldError={fieldError} />
        <DateFields
          fieldError={fieldError}
          values={defaults}
          hints={{
            opensAt: `Your time (${viewer.timeZone}).`,
            dueAt: 'A week from today at the end of the school day, unless you change it.',
          }}
        />
        <AttemptFields fieldError={fieldError} />
        <TimeLimitField
          error={fieldError('timeLimitMinutes')}
          onChange={(minutes) => setEdited({ ...current, minutes })}
        />
        <ReviewFields values={DEFAULT_REVIEW} />
      </div>
      <RulesPreview text={preview} />
      <ErrorMessage className="font-semibold text-red-700 empty:hidden dark:text-red-300">{formError}</ErrorMessage>
      <SubmitRow label="Assign" busyLabel="Assigning…" isBusy={isPending} status="" />
      {/* The confirmation repeats the rules as the server read them, with the way to the new assignment. */}
      <StatusMessage as="div" className="empty:hidden rounded-lg border border-green-700 p-3 dark:border-green-400">
        {state?.ok ? (
          <>
            <p className="font-semibold">Assigned: {state.title}.</p>
            <p>{state.rules}</p>
            <p>
              <Link href={`/teach/assignments/${encodeURIComponent(state.assignmentId)}`} className={linkClass}>
                Open the new assignment
              </Link>
            </p>
          </>
        ) : undefined}
      </StatusMessage>
    </form>
  );
}
