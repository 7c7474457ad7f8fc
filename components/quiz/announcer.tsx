import { useCallback, useState } from 'react';

type Announcement = { text: string; count: number };

/**
 * One polite live region for the player. Feedback is announced here instead of moving focus, so
 * the learner stays where they are. The count re-keys the text node: the same words twice in a row
 * ("Not quite." after a second try) are announced again.
 */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, count: a.count + 1 })), []);
  return { announcement, announce };
}

export function LiveRegion({ announcement }: { announcement: Announcement }) {
  return (
    <div role="status" aria-live="polite" data-live="feedback" className="sr-only">
      <span key={announcement.count}>{announcement.text}</span>
    </div>
  );
}
