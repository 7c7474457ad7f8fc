import { useEffect, useState } from 'react';
import { saveAnswer } from '@/components/api/client';
import type { Response } from '@/lib/grading/response';
import { deviceStorage, openPendingStore, type StorageScope } from './pending-answers';
import { SaveQueue, type SaveStatus } from './save-queue';

type Options = {
  attemptId: string;
  /** Names this learner's answers on the device (see pendingStorageKey and StorageScope). */
  storageScope: StorageScope;
  /** Given the answers an earlier page left unacknowledged on this device, once they are being sent. */
  onRestore: (responses: Record<string, Response>) => void;
};

/**
 * The attempt's save queue, bound to React state. Unacknowledged changes are kept on the device
 * and sent again when the page next opens; leaving the page sends whatever is waiting (saves use
 * keepalive, so they outlive the page), and the browser warns only when the device could not
 * keep a change.
 */
export function useAutosave({ attemptId, storageScope, onRestore }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [waiting, setWaiting] = useState(0);
  const [queue] = useState(
    () =>
      new SaveQueue({
        save: (questionId, response, key, options) => saveAnswer(attemptId, questionId, response, key, options),
        onStatus: setStatus,
        onWaiting: setWaiting,
        pending: openPendingStore(deviceStorage(), storageScope.current, attemptId, storageScope.earlier),
      }),
  );

  // After hydration, not during render: the server's HTML cannot know what this device kept.
  const [restore] = useState(() => onRestore);
  useEffect(() => {
    const restored = queue.resume();
    if (restored.length > 0) restore(Object.fromEntries(restored.map((a) => [a.questionId, a.response])));
  }, [queue, restore]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsaved()) return;
      void queue.flush();
      if (!queue.isKeptOnDevice()) event.preventDefault();
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

  return { queue, status, waiting };
}
