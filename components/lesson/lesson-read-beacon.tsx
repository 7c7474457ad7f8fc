'use client';

import { useEffect, useRef } from 'react';

/**
 * Tells the server this lesson was opened, once per visit, so the course page and dashboard can
 * tick it off. It renders nothing; keepalive lets the request finish if the learner moves on.
 * The lesson page around it stays static.
 */
export function LessonReadBeacon({ courseId, moduleId }: { courseId: string; moduleId: string }) {
  // Survives React's development double-run of effects, so one visit sends one request.
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    const key = `${courseId}/${moduleId}`;
    if (sentFor.current === key) return;
    sentFor.current = key;
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
  }, [courseId, moduleId]);
  return null;
}
