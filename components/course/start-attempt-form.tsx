import { Button } from '@/components/ui/button';

// A plain HTML form that starts (or resumes) an attempt: it works before any script loads, and the
// server answers with a redirect to the attempt page.

type Props = { courseId: string; kind: 'practice' | 'quiz' | 'final'; moduleId?: string; label: string; variant?: 'primary' | 'secondary' };

export function StartAttemptForm({ courseId, kind, moduleId, label, variant = 'primary' }: Props) {
  return (
    <form method="post" action="/api/attempts">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="kind" value={kind} />
      {moduleId && <input type="hidden" name="moduleId" value={moduleId} />}
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}
