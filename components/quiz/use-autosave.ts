import { useEffect, useState } from 'react';
import { saveAnswer } from '@/components/api/client';
import { SaveQueue, type SaveStatus } from './save-queue';

/**
 * The attempt's save queue, bound to React state. Leaving the page sends whatever is waiting
 * (saves use keepalive, so they outlive the page) and asks the browser to warn while a change is
 * still unconfirmed.
 */
export function useAutosave(attemptId: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [queue] = useState(
    () =>
      new SaveQueue({
        save: (questionId, response, key, options) => saveAnswer(attemptId, questionId, response, key, options),
        onStatus: setStatus,
      }),
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsaved()) return;
      void queue.flush();
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the player inside the app (a link to the lesson): send what is waiting now.
      void queue.flush();
    };
  }, [queue]);

  return { queue, status };
}
