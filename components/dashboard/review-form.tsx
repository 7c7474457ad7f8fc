import { Button } from '@/components/ui/button';

/** A plain form, so it works before any script: the server starts the review and redirects to it. */
export function ReviewForm({ courseId, count }: { courseId: string; count: number }) {
  return (
    <form method="post" action="/api/attempts/review">
      <input type="hidden" name="courseId" value={courseId} />
      <Button type="submit" variant="primary">
        {count === 1 ? 'Practice this question' : `Practice these ${count} questions`}
      </Button>
    </form>
  );
}
