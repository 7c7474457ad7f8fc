import type { AnswerView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import type { CallOptions, Failure, SaveResult } from '@/components/api/client';
import { newIdempotencyKey } from './idempotency-key';
import type { PendingAnswer, PendingStore } from './pending-answers';
import { isSameStatus, keepsAnswersForOwner, outcomeOf, queueStatus, type SaveStatus } from './save-outcome';

export type { SaveStatus } from './save-outcome';

// Autosave for quiz answers, free of React so its timing can be tested with fake timers.
// Per question, at most one save is on the wire at a time: two overlapping saves could reach the
// server out of order and leave the older answer standing. A change made meanwhile waits and goes
// next, with a key of its own. The key is given when the change is made and kept with it on the
// device (pending-answers.ts) until the server acknowledges it, so a change sent again after a
// reload is recorded once.

export type SaveFn = (questionId: string, response: Response, key: string, options: CallOptions) => Promise<SaveResult>;

type Entry = {
  /** The newest response not yet handed to a save. */
  latest?: Response;
  latestKey?: string;
  /** Whether `latest` should go as soon as the wire is free (its debounce ran out, or a flush asked). */
  isDue: boolean;
  timer?: ReturnType<typeof setTimeout>;
  inFlight?: Promise<void>;
  isRetrying: boolean;
  error?: Failure;
};

export type SaveQueueOptions = {
  save: SaveFn;
  onStatus?: (status: SaveStatus) => void;
  onSaved?: (answer: AnswerView) => void;
  debounceMs?: number;
  newKey?: () => string;
  /** Where changes wait until the server has them; without it they live only as long as the page. */
  pending?: PendingStore;
  /** Told how many questions have a change the server has not acknowledged, when that changes. */
  onWaiting?: (count: number) => void;
};

export class SaveQueue {
  private readonly entries = new Map<string, Entry>();
  private hasSaved = false;
  /** Set by a 409: the attempt was submitted elsewhere, so nothing more can be saved. */
  private closed?: Failure;
  private lastStatus: SaveStatus = { state: 'idle' };
  private lastWaiting = 0;

  constructor(private readonly options: SaveQueueOptions) {}

  /** Records a change; it is saved once the learner pauses for the debounce time. */
  change(questionId: string, response: Response): void {
    const entry = this.entry(questionId);
    entry.latest = response;
    entry.latestKey = (this.options.newKey ?? newIdempotencyKey)();
    this.options.pending?.put({ questionId, response, key: entry.latestKey });
    entry.isDue = false;
    entry.error = undefined;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.isDue = true;
      this.pump(questionId);
    }, this.options.debounceMs ?? 500);
    this.emit();
  }

  /**
   * Sends at once what an earlier page left on the device, with the keys it was given there, and
   * returns it so the page can show those answers. A change made on this page since wins.
   */
  resume(): PendingAnswer[] {
    const restored = (this.options.pending?.list() ?? []).filter((answer) => {
      const entry = this.entry(answer.questionId);
      if (entry.latest !== undefined || entry.inFlight) return false;
      entry.latest = answer.response;
      entry.latestKey = answer.key;
      entry.isDue = true;
      return true;
    });
    for (const answer of restored) this.pump(answer.questionId);
    this.emit();
    return restored;
  }

  /**
   * Sends every waiting change now and resolves when all of them (or those of one question) have
   * reached the server: ok, or the first refusal. Transient failures keep it waiting, by design.
   */
  async flush(questionId?: string): Promise<{ ok: true } | Failure> {
    const ids = questionId === undefined ? [...this.entries.keys()] : [questionId];
    for (;;) {
      const waits: Promise<void>[] = [];
      for (const id of ids) {
        const entry = this.entries.get(id);
        if (!entry) continue;
        if (entry.latest !== undefined) {
          if (entry.timer) clearTimeout(entry.timer);
          entry.timer = undefined;
          entry.isDue = true;
          this.pump(id);
        }
        if (entry.inFlight) waits.push(entry.inFlight);
      }
      if (waits.length === 0) break;
      await Promise.all(waits);
    }
    if (this.closed) return this.closed;
    for (const id of ids) {
      const error = this.entries.get(id)?.error;
      if (error) return error;
    }
    return { ok: true };
  }

  /** True while some change has not yet been confirmed by the server and still could be. */
  hasUnsaved(): boolean {
    if (this.closed) return false;
    return [...this.entries.values()].some((e) => e.latest !== undefined || e.inFlight !== undefined);
  }

  /**
   * How many questions have a change the server has not acknowledged (sent or not). After a refusal
   * that ends the attempt (submitted, time up) none is waiting any more: they are refused.
   */
  waiting(): number {
    if (this.closed && !keepsAnswersForOwner(this.closed)) return 0;
    return this.unacknowledged();
  }

  /** How many changes the server refused because the attempt had closed (time up, submitted elsewhere). */
  refused(): number {
    return this.closed && !keepsAnswersForOwner(this.closed) ? this.unacknowledged() : 0;
  }

  private unacknowledged(): number {
    return [...this.entries.values()].filter((e) => e.latest !== undefined || e.inFlight !== undefined).length;
  }

  /** Whether a reload keeps the unacknowledged changes (they are on the device). */
  isKeptOnDevice(): boolean {
    return this.options.pending?.isPersistent() ?? false;
  }

  status(): SaveStatus {
    return this.lastStatus;
  }

  private entry(questionId: string): Entry {
    let entry = this.entries.get(questionId);
    if (!entry) {
      entry = { isDue: false, isRetrying: false };
      this.entries.set(questionId, entry);
    }
    return entry;
  }

  private pump(questionId: string): void {
    const entry = this.entry(questionId);
    if (entry.inFlight || !entry.isDue || entry.latest === undefined) return;
    if (this.closed) {
      // Nothing can be saved any more; keep the response so the page still shows it.
      entry.isDue = false;
      return;
    }
    const response = entry.latest;
    const key = entry.latestKey ?? (this.options.newKey ?? newIdempotencyKey)();
    entry.latest = undefined;
    entry.isDue = false;
    entry.inFlight = this.send(questionId, entry, response, key).finally(() => {
      entry.inFlight = undefined;
      this.pump(questionId);
      this.emit();
    });
    this.emit();
  }

  private async send(questionId: string, entry: Entry, response: Response, key: string): Promise<void> {
    let result: SaveResult;
    try {
      result = await this.options.save(questionId, response, key, {
        onRetry: () => {
          entry.isRetrying = true;
          this.emit();
        },
      });
    } catch (error) {
      // saveAnswer only throws on a bug. Not retried here (it would throw again); the next change
      // to this question sends the learner's answer afresh.
      console.error('Saving an answer failed unexpectedly', error);
      result = { ok: false, status: 0, message: 'Something went wrong while saving. Change the answer to try again.' };
    }
    entry.isRetrying = false;
    if (result.ok) {
      entry.error = undefined;
      this.hasSaved = true;
      this.options.pending?.drop(questionId, key);
      this.options.onSaved?.(result.answer);
      return;
    }
    const outcome = outcomeOf(result);
    if (outcome === 'closed') {
      this.closed = result;
      entry.latest ??= response;
      if (!keepsAnswersForOwner(result)) this.options.pending?.clear();
      return;
    }
    entry.error = result;
    if (outcome === 'refused') this.options.pending?.drop(questionId, key);
  }

  private emit(): void {
    const next = queueStatus([...this.entries.values()], this.closed, this.hasSaved);
    const isSame = isSameStatus(next, this.lastStatus);
    this.lastStatus = next;
    if (!isSame) this.options.onStatus?.(next);
    const waiting = this.waiting();
    if (waiting !== this.lastWaiting) {
      this.lastWaiting = waiting;
      this.options.onWaiting?.(waiting);
    }
  }
}
