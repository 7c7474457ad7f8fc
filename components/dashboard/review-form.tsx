import { startReviewAction } from '@/app/(student)/attempts/actions';
import { ActionButtonForm } from '@/components/forms/action-button-form';

/** Works before any script: the server starts the review and opens it. */
export function ReviewForm({ courseId, count }: { courseId: string; count: number }) {
  return (
    <ActionButtonForm action={startReviewAction} fields={{ courseId }}>
      {count === 1 ? 'Practice this question' : `Practice these ${count} questions`}
    </ActionButtonForm>
  );
}
