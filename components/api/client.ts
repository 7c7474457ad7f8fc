import type { AnswerView, AttemptView } from '@/lib/attempts/views';
import type { Article } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';
import { AbortedError, retryDelayMs, sleep } from '@/components/quiz/retry';

// The browser's one client for the JSON API (forms go through Server Actions instead): the attempt
// calls, the lesson-read beacon, the course-progress read and the article's text for the panel.
//
// Typed calls to the attempt API. Transient failures (no network, a timeout, a 5xx) are retried
// with backoff for as long as it takes, because giving up would drop an answer the learner gave;
// a 4xx is the server's considered answer and ends the call.

export type Failure = { ok: false; status: number; message: string };
export type SaveResult = { ok: true; answer: AnswerView } | Failure;
export type SubmitResult = { ok: true; attempt: AttemptView; wasAlreadySubmitted: boolean } | Failure;

export type RetryInfo = { retry: number; delayMs: number; reason: string };

export type CallOptions = {
  signal?: AbortSignal;
  /** Told before each wait, so the UI can say "Not saved yet — retrying". */
  onRetry?: (info: RetryInfo) => void;
  fetchImpl?: typeof fetch;
  /** One request may take this long before it counts as failed and is retried. */
  timeoutMs?: number;
};

/** Status 0 stands for "no HTTP answer": the call was cancelled by its caller. */
export const CANCELLED: Failure = { ok: false, status: 0, message: 'Cancelled' };

type Reply = { status: number; body: unknown } | { status: 'network'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorMessage(body: unknown, status: number): string {
  if (isRecord(body) && typeof body.error === 'string' && body.error) return body.error;
  return `The server answered ${status}.`;
}

// 408 and 429 are 4xx but say "later", not "no": retrying them is what keeps the answer.
function isTransient(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

async function requestOnce(url: string, init: RequestInit, options: CallOptions): Promise<Reply> {
  // One controller for both the timeout and the caller's signal (AbortSignal.any is too new for
  // the iPads some schools still use).
  const controller = new AbortController();
  let isTimedOut = false;
  const timer = setTimeout(() => {
    isTimedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 15_000);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) throw new AbortedError();
    const res = await (options.fetchImpl ?? fetch)(url, { ...init, signal: controller.signal });
    const body: unknown = await res.json().catch(() => undefined);
    return { status: res.status, body };
  } catch (error) {
    if (options.signal?.aborted) throw new AbortedError();
    return { status: 'network', reason: isTimedOut ? 'timed out' : String(error) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends the same request until `accept` recognises a reply or a non-transient 4xx arrives. The
 * request (and so any idempotency key in it) is identical on every try.
 */
async function withRetry<T>(
  url: string,
  init: RequestInit,
  options: CallOptions,
  accept: (status: number, body: unknown) => T | undefined,
): Promise<T | Failure> {
  for (let retry = 0; ; retry += 1) {
    let reason: string;
    try {
      const reply = await requestOnce(url, init, options);
      if (reply.status === 'network') {
        reason = reply.reason;
      } else {
        const accepted = accept(reply.status, reply.body);
        if (accepted !== undefined) return accepted;
        if (reply.status >= 400 && !isTransient(reply.status)) {
          return { ok: false, status: reply.status, message: errorMessage(reply.body, reply.status) };
        }
        // A 2xx we cannot read is retried too: the key makes a repeat harmless.
        reason = reply.status < 400 ? 'unexpected reply' : `HTTP ${reply.status}`;
      }
      const delayMs = retryDelayMs(retry);
      options.onRetry?.({ retry, delayMs, reason });
      // The browser says when the connection is back (window's 'online'): retry then, not after the wait.
      await sleep(delayMs, options.signal, typeof window === 'undefined' ? undefined : window);
    } catch (error) {
      if (error instanceof AbortedError) return CANCELLED;
      throw error;
    }
  }
}

function isAnswerView(value: unknown): value is AnswerView {
  return isRecord(value) && typeof value.questionId === 'string' && isRecord(value.response);
}

function isAttemptView(value: unknown): value is AttemptView {
  return (
    isRecord(value) && typeof value.id === 'string' && Array.isArray(value.questions) && Array.isArray(value.answers)
  );
}

export function saveAnswer(
  attemptId: string,
  questionId: string,
  response: Response,
  idempotencyKey: string,
  options: CallOptions = {},
): Promise<SaveResult> {
  const url = `/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`;
  return withRetry<SaveResult>(
    url,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response, idempotencyKey }),
      // Lets a save already under way finish when the learner closes the tab.
      keepalive: true,
    },
    options,
    (status, body) =>
      status === 200 && isRecord(body) && isAnswerView(body.answer) ? { ok: true, answer: body.answer } : undefined,
  );
}

/** "Show me": the key of a checked practice answer. Asking again changes nothing, so it is retried like a save. */
export function revealAnswer(attemptId: string, questionId: string, options: CallOptions = {}): Promise<SaveResult> {
  const url = `/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}/reveal`;
  return withRetry<SaveResult>(url, { method: 'POST' }, options, (status, body) =>
    status === 200 && isRecord(body) && isAnswerView(body.answer) ? { ok: true, answer: body.answer } : undefined,
  );
}

export function submitAttempt(attemptId: string, options: CallOptions = {}): Promise<SubmitResult> {
  const url = `/api/attempts/${encodeURIComponent(attemptId)}/submit`;
  return withRetry<SubmitResult>(url, { method: 'POST' }, options, (status, body) => {
    if ((status === 200 || status === 409) && isRecord(body) && isAttemptView(body.attempt)) {
      return { ok: true, attempt: body.attempt, wasAlreadySubmitted: status === 409 };
    }
    return undefined;
  });
}

// The reads and the beacon of the prerendered pages live in page-reads.ts, so those pages load
// none of the attempt client's retry machinery; they are part of this client all the same.
export { getCourseProgress, getMe, recordLessonRead } from './page-reads';

/** The article's text, as the panel beside a question shows it. */
export type ArticleText = Pick<Article, 'id' | 'language' | 'paragraphs'>;

function isArticleText(value: unknown): value is ArticleText {
  return isRecord(value) && typeof value.language === 'string' && Array.isArray(value.paragraphs);
}

/**
 * The article's paragraphs (public, cacheable: the browser may answer from its cache). Tried once:
 * the panel says when it could not load and offers to try again.
 */
export function getArticleText(articleId: string): Promise<{ ok: true; article: ArticleText } | Failure> {
  return fetch(`/api/articles/${encodeURIComponent(articleId)}`)
    .then(async (response) => {
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok && isRecord(body) && isArticleText(body.article))
        return { ok: true as const, article: body.article };
      return { ok: false as const, status: response.status, message: errorMessage(body, response.status) };
    })
    .catch((error: unknown) => {
      console.warn('Could not load the article:', error);
      return { ok: false as const, status: 0, message: 'The article could not be loaded. Check the connection.' };
    });
}
