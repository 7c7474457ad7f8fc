import type { Response } from '@/lib/grading/response';

// Answers the server has not acknowledged yet, kept on the device (localStorage) with the
// idempotency key each was given, so a reload, a closed tab or a lost connection does not lose
// them and sending one again cannot record it twice. localStorage rather than IndexedDB: its
// writes are synchronous, so an answer is on disk before the tab can close, and a few answers are
// far below its quota.

/** The part of window.localStorage this uses, so tests can hand in a fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type PendingAnswer = { questionId: string; response: Response; key: string };

/**
 * Whose answers a page may read on this device: the learner's own scope, and the scopes of the guest
 * identities their account took over (a guest who answered offline, then signed up, finds those
 * answers waiting under the guest's name: they belong to the account now, as the attempt does).
 */
export type StorageScope = { current: string; earlier: readonly string[] };

export type PendingStore = {
  /** What an earlier page left unacknowledged, oldest first. */
  list: () => PendingAnswer[];
  put: (answer: PendingAnswer) => void;
  /** Forgets an answer the server has, unless a later change (another key) replaced it since. */
  drop: (questionId: string, key: string) => void;
  clear: () => void;
  /** False once the device refused a write (storage full or switched off): then a reload loses answers. */
  isPersistent: () => boolean;
};

/**
 * Scoped by the account (a hash the server makes of the learner's id) and the attempt: a page reads
 * only the answers its own learner left for this attempt, so on a shared computer one account's
 * waiting answers are never picked up by another's page.
 */
export function pendingStorageKey(scope: string, attemptId: string): string {
  return `sourcewise:unsent-answers:${scope}:${attemptId}`;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { questionId, response, key } = value as Record<string, unknown>;
  return (
    typeof questionId === 'string' &&
    typeof key === 'string' &&
    KEY_PATTERN.test(key) &&
    typeof response === 'object' &&
    response !== null &&
    typeof (response as { type?: unknown }).type === 'string'
  );
}

export function openPendingStore(
  storage: KeyValueStorage | undefined,
  scope: string,
  attemptId: string,
  earlierScopes: readonly string[] = [],
): PendingStore {
  const name = pendingStorageKey(scope, attemptId);
  let isPersistent = storage !== undefined;

  const read = (): PendingAnswer[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(name) ?? '[]');
      // Anything else is not ours to send (an older format, a hand edit): the server has the rest.
      return Array.isArray(parsed) ? parsed.filter(isPendingAnswer) : [];
    } catch (error) {
      console.warn('Could not read the answers kept on this device', error);
      return [];
    }
  };

  const write = (answers: PendingAnswer[]) => {
    try {
      if (answers.length === 0) storage?.removeItem(name);
      else storage?.setItem(name, JSON.stringify(answers));
    } catch (error) {
      // Private browsing on some iPads, or a full disk: the page still saves as it goes, but cannot
      // promise the answers survive a reload, and says so by warning before the tab closes.
      isPersistent = false;
      console.warn('Could not keep an answer on this device', error);
    }
  };

  adoptEarlier(
    storage,
    name,
    earlierScopes.map((earlier) => pendingStorageKey(earlier, attemptId)),
  );
  return {
    list: read,
    put: (answer) => write([...read().filter((a) => a.questionId !== answer.questionId), answer]),
    drop: (questionId, key) => write(read().filter((a) => a.questionId !== questionId || a.key !== key)),
    clear: () => write([]),
    isPersistent: () => isPersistent,
  };
}

/**
 * Moves answers kept under an earlier scope (the guest this account took over) for this attempt into
 * the current one, once: the current scope's answer for a question wins, being the later change.
 */
function adoptEarlier(storage: KeyValueStorage | undefined, name: string, earlierNames: readonly string[]) {
  if (!storage) return;
  try {
    for (const earlierName of earlierNames) {
      const raw = storage.getItem(earlierName);
      if (raw === null) continue;
      const parsed: unknown = JSON.parse(raw);
      const earlier = Array.isArray(parsed) ? parsed.filter(isPendingAnswer) : [];
      const current: unknown = JSON.parse(storage.getItem(name) ?? '[]');
      const kept = Array.isArray(current) ? current.filter(isPendingAnswer) : [];
      const merged = [...earlier.filter((a) => !kept.some((k) => k.questionId === a.questionId)), ...kept];
      if (merged.length > 0) storage.setItem(name, JSON.stringify(merged));
      storage.removeItem(earlierName);
    }
  } catch (error) {
    // Left where it was: the next visit tries again, and nothing is sent twice (the keys are kept).
    console.warn('Could not pick up the answers kept for this attempt before signing up', error);
  }
}

/** The browser's localStorage, or undefined where there is none or it is switched off. */
export function deviceStorage(): KeyValueStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Reading window.localStorage itself throws when the browser blocks site data.
    return undefined;
  }
}
