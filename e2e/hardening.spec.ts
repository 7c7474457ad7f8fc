import net from 'node:net';
import { expect, test, type APIResponse } from '@playwright/test';
import { course } from './content';
import { newCredentials, signedInAs, signInViaApi } from './support/accounts';
import { expectSecurityHeaders } from './support/security-headers';

// The hardening cases of issue 12, against the production server `npm start` runs: each is a
// request shaped as an attacker (or an unlucky browser) would send it, and what comes back.

const PORT = Number(process.env.E2E_PORT ?? 3917);

/** A raw HTTP/1.1 exchange: the headers at once, then the body a little at a time. */
function slowUpload(head: string, { chunk = 'x'.repeat(512), everyMs = 100, forMs = 5000 } = {}) {
  return new Promise<{ response: string; afterMs: number; sentBytes: number; closedAfterMs: number }>(
    (resolve, reject) => {
      const socket = net.connect(PORT, '127.0.0.1');
      const started = Date.now();
      let response = '';
      let afterMs = -1;
      let sentBytes = 0;
      const timer = setInterval(() => {
        if (socket.writable) {
          socket.write(chunk);
          sentBytes += chunk.length;
        }
      }, everyMs);
      const giveUp = setTimeout(() => socket.destroy(), forMs);
      socket.on('error', () => undefined);
      socket.on('data', (data) => {
        if (afterMs < 0) afterMs = Date.now() - started;
        response += data.toString();
      });
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(giveUp);
        if (afterMs < 0) reject(new Error(`no answer within ${forMs} ms (sent ${sentBytes} bytes of the body)`));
        else resolve({ response, afterMs, sentBytes, closedAfterMs: Date.now() - started });
      });
      socket.write(head);
    },
  );
}

test.describe('hardening', () => {
  test('[student] /auth/continue sends a dot-segment "next" home, never off-site and never a 500', async ({
    playwright,
    baseURL,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const student = await playwright.request.newContext({ baseURL });
    await signedInAs(student);
    for (const next of [
      '/.//evil.example',
      '/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example/x',
      '//evil.example',
    ]) {
      const path = `/auth/continue?next=${encodeURIComponent(next)}`;
      const signedIn = await student.get(path, { maxRedirects: 0 });
      expect(signedIn.status(), next).toBe(303);
      // Refused, so the student lands where they work: the course, as they are in no class.
      expect(signedIn.headers().location, next).toBe(`/courses/${course.id}`);
      const signedOut = await anonymous.get(path, { maxRedirects: 0 });
      expect(signedOut.status(), next).toBe(303);
      expect(signedOut.headers().location, next).toBe('/sign-in');
    }
    await anonymous.dispose();
    await student.dispose();
  });

  test('[teacher] a student who signs up with bidi and zero-width characters shows on the roster as the name reads', async ({
    playwright,
    baseURL,
  }) => {
    const teacher = await playwright.request.newContext({ baseURL });
    await signedInAs(teacher, 'teacher');
    const created = await teacher.post('/api/classes', { data: { name: 'Year 10\u202E History\u200B' } });
    expect(created.status()).toBe(201);
    const klass = ((await created.json()) as { class: { id: string; name: string; joinCode: string } }).class;
    expect(klass.name).toBe('Year 10 History');

    const student = await playwright.request.newContext({ baseURL });
    const credentials = { ...newCredentials(), name: `Mallory \u202Etxt.exe\u2066\u200D` };
    const signUp = await student.post('/api/accounts', { data: credentials });
    expect(signUp.status()).toBe(201);
    expect(((await signUp.json()) as { user: { name: string } }).user.name).toBe('Mallory txt.exe');
    expect((await signInViaApi(student, credentials.email, credentials.password)).status()).toBe(200);
    expect((await student.post('/api/classes/join', { data: { code: klass.joinCode } })).status()).toBe(200);

    const roster = await (await teacher.get(`/teach/classes/${klass.id}`)).text();
    expect(roster).toContain('Mallory txt.exe');
    expect(roster).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D]/);

    const invisible = await playwright.request.newContext({ baseURL });
    const refused = await invisible.post('/api/accounts', {
      data: { ...newCredentials(), name: '\u202E\u200B \u2066' },
    });
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { fieldErrors: Record<string, string> }).fieldErrors.name).toMatch(
      /Enter your name/,
    );
    for (const context of [teacher, student, invisible]) await context.dispose();
  });

  test('[guest] a declared oversized body is refused at once, before the upload is done, and the connection closed', async () => {
    const declared = 10 * 1024 * 1024;
    const head = `POST /api/accounts HTTP/1.1\r\nHost: localhost:${PORT}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`;
    const { response, afterMs, sentBytes, closedAfterMs } = await slowUpload(head);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toContain('too large');
    expect(response.toLowerCase()).toContain("frame-ancestors 'none'");
    // 512 bytes every 100 ms would take hours to reach 10 MB; the answer comes within the first second.
    expect(afterMs).toBeLessThan(1500);
    expect(sentBytes).toBeLessThan(declared / 100);
    expect(closedAfterMs).toBeLessThan(3000);
  });

  test('[guest] a body without a declared size is refused with 411 before it arrives', async () => {
    const head = `POST /api/accounts HTTP/1.1\r\nHost: localhost:${PORT}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const { response, afterMs } = await slowUpload(head, { chunk: '200\r\n' + 'x'.repeat(512) + '\r\n' });
    expect(response).toMatch(/^HTTP\/1\.1 411 /);
    expect(afterMs).toBeLessThan(1500);
  });

  test('[guest] malformed addresses and unsupported methods answer 4xx with the security headers, never 500', async ({
    request,
  }) => {
    const cases: [string, () => Promise<APIResponse>, number][] = [
      ['/attempts/%ff', () => request.get('/attempts/%ff'), 400],
      ['/courses/%c0%af', () => request.get('/courses/%c0%af'), 400],
      ['/api/attempts/%E0%A4%A', () => request.get('/api/attempts/%E0%A4%A'), 400],
      ['TRACE /', () => request.fetch('/', { method: 'TRACE' }), 405],
      ['TRACE /api/me', () => request.fetch('/api/me', { method: 'TRACE' }), 405],
      ['PROPFIND /', () => request.fetch('/', { method: 'PROPFIND' }), 405],
    ];
    for (const [label, send, status] of cases) {
      const res = await send();
      expect(res.status(), label).toBe(status);
      expectSecurityHeaders(res.headers(), label);
      expect(((await res.json()) as { error: string }).error, label).toMatch(/\w/);
    }
  });

  test('[guest] a request Node cannot parse still carries the security headers', async () => {
    const { response } = await slowUpload(`FOO / HTTP/1.1\r\nHost: localhost:${PORT}\r\n\r\n`, { forMs: 3000 });
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(response).toContain("frame-ancestors 'none'");
    expect(response).toContain('X-Content-Type-Options: nosniff');
  });

  test('[guest] a page path ending in .txt gets its CSP; the app icon keeps the static headers', async ({
    request,
  }) => {
    for (const path of ['/join/ABCD-EFGH.txt', '/courses/nothing.js', '/favicon.ico']) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      expectSecurityHeaders(res.headers(), path);
      // A page's own policy: a nonce where it renders per request, the hashes of its inline scripts
      // where the answer is prerendered (the not-found page for /courses/nothing.js); never inline scripts at large.
      const scripts = /script-src ([^;]*)/.exec(res.headers()['content-security-policy'] ?? '')?.[1] ?? '';
      expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='|'sha256-[A-Za-z0-9+/]{43}='/);
      expect(scripts, path).not.toContain('unsafe-inline');
    }
    const icon = await request.get('/icon.svg');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['x-content-type-options']).toBe('nosniff');
    expect(icon.headers()['set-cookie'] ?? '').not.toContain('sw_guest');
  });

  test('[student] a form from another port, scheme or forwarded host is refused and changes nothing', async ({
    playwright,
    baseURL,
  }) => {
    const student = await playwright.request.newContext({ baseURL });
    await signedInAs(student);
    const site = new URL(baseURL!);
    const forged: Record<string, string>[] = [
      { origin: `${site.protocol}//${site.hostname}:${Number(site.port) + 1}` },
      { origin: `https://${site.host}` },
      { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    ];
    for (const headers of forged) {
      const res = await student.post('/api/classes/join', { data: { code: 'ABCD-EFGH' }, headers });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
    }
    const same = await student.post('/api/classes/join', {
      data: { code: 'ZZZZ-ZZZZ' },
      headers: { origin: site.origin },
    });
    expect(same.status()).not.toBe(403);
    await student.dispose();
  });
});
