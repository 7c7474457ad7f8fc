// The teacher pages' one way to call the class API from the browser: JSON in, and either the
// answer's body or the server's own message (or a connection message) out, never a throw.

export type SendResult<T> = { ok: true; body: T } | { ok: false; message: string };

const OFFLINE = 'Could not reach Sourcewise. Check your connection and try again.';

export async function sendJson<T = unknown>(url: string, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', body?: unknown): Promise<SendResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 204) return { ok: true, body: undefined as T };
    const data = (await res.json().catch(() => ({}))) as { error?: string };
    if (res.ok) return { ok: true, body: data as T };
    return { ok: false, message: data.error ?? `The server refused this (${res.status}). Reload the page and try again.` };
  } catch {
    return { ok: false, message: OFFLINE };
  }
}
