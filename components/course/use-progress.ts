import { useEffect, useState } from 'react';
import { getCourseProgress } from '@/components/api/page-reads';
import type { ProgressSummary } from '@/lib/progress/progress-summary';

// The learner's progress for the client islands of the static course and module pages: fetched
// after load, so the pages themselves stay the same HTML for everyone. Islands mounted together
// share one request.

const requests = new Map<string, Promise<ProgressSummary | null>>();

function loadProgress(courseId: string): Promise<ProgressSummary | null> {
  let request = requests.get(courseId);
  if (!request) {
    request = getCourseProgress(courseId)
      // Forget it once settled, so coming back to the page after a lesson asks again.
      .finally(() => requests.delete(courseId));
    requests.set(courseId, request);
  }
  return request;
}

/** Null until known (and when it cannot be read). */
export function useProgress(courseId: string): ProgressSummary | null {
  const [progress, setProgress] = useState<ProgressSummary | null>(null);
  useEffect(() => {
    let isLive = true;
    void loadProgress(courseId).then((p) => {
      if (isLive) setProgress(p);
    });
    return () => {
      isLive = false;
    };
  }, [courseId]);
  return progress;
}
