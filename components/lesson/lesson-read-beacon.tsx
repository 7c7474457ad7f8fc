'use client';

import { useEffect, useRef } from 'react';
import { recordLessonRead } from '@/components/api/page-reads';

/**
 * Tells the server this lesson was opened, once per visit, so the course page and dashboard can
 * tick it off. It renders nothing, so the lesson page around it stays static.
 */
export function LessonReadBeacon({ courseId, moduleId }: { courseId: string; moduleId: string }) {
  // Survives React's development double-run of effects, so one visit sends one request.
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    const key = `${courseId}/${moduleId}`;
    if (sentFor.current === key) return;
    sentFor.current = key;
    recordLessonRead(courseId, moduleId);
  }, [courseId, moduleId]);
  return null;
}
