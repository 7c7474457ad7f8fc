import { startAttemptAction } from '@/app/(student)/attempts/actions';
import { ActionButtonForm } from '@/components/forms/action-button-form';

// Starts (or resumes) an attempt and opens it; works before any script loads.

type Props = {
  courseId: string;
  kind: 'practice' | 'quiz' | 'final';
  moduleId?: string;
  label: string;
  variant?: 'primary' | 'secondary';
};

export function StartAttemptForm({ courseId, kind, moduleId, label, variant = 'primary' }: Props) {
  return (
    <ActionButtonForm action={startAttemptAction} fields={{ courseId, kind, moduleId }} variant={variant}>
      {label}
    </ActionButtonForm>
  );
}
