import type { Me } from '@/components/ui/account-menu';
import type { ProgressSummary } from '@/lib/progress/progress-summary';

// The part of the API client (client.ts) that the prerendered pages use: who is signed in, the
// learner's progress and the lesson-read beacon. Plain fetches, kept apart from the attempt
// calls' retry machinery so that a lesson loads only these few lines.

/** Tells the server a lesson was opened; keepalive lets it finish if the learner moves on. Never throws. */
export function recordLessonRead(courseId: string, moduleId: string): void {
  fetch('/api/progress/lessons', {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ courseId, moduleId }),
  })
    .then((response) => {
      if (!response.ok) console.warn(`Could not record the lesson as read (HTTP ${response.status}).`);
    })
    .catch((error: unknown) => console.warn('Could not record the lesson as read:', error));
}

/** The learner's progress in a course, or null when it cannot be read (signed out, offline). */
export function getCourseProgress(courseId: string): Promise<ProgressSummary | null> {
  return fetch(`/api/progress?courseId=${encodeURIComponent(courseId)}`, { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<ProgressSummary>) : null))
    .catch((error: unknown) => {
      console.warn('Could not load your progress:', error);
      return null;
    });
}

/** Who is signed in (null for nobody), or undefined when it cannot be read (offline, a server error). */
export function getMe(): Promise<Me | undefined> {
  return fetch('/api/me', { cache: 'no-store' })
    .then((response) =>
      response.ok ? (response.json() as Promise<{ user: Me }>).then((body) => body.user) : undefined,
    )
    .catch((error: unknown) => {
      console.warn('Could not tell who is signed in:', error);
      return undefined;
    });
}
