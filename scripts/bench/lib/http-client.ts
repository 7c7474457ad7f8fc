// A small keep-alive HTTP/1.1 client for load tests. undici is not installed (Node's global fetch
// cannot be given more connections without it), so this is node:http with a keep-alive Agent sized
// for one connection per simulated user. It is also lighter than fetch, which matters when the
// load generator shares the machine's cores with the server it measures.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export type HttpResult = { status: number; body: string; setCookie: string[]; ms: number };

export type RequestOptions = { cookie?: string; json?: unknown; timeoutMs?: number };

export type HttpClient = {
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResult>;
  /** How many connections are open now, busy or idle. */
  connections(): number;
  /** Closes the idle keep-alive connections. */
  close(): void;
};

export function createHttpClient(origin: string, connections: number): HttpClient {
  const { hostname, port } = new URL(origin);
  // Idle connections are closed after 4 s, before the server's keep-alive timeout (Node's 5 s) can
  // close one just as a request goes out on it, which fails that request with "socket hang up".
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: connections,
    maxFreeSockets: connections,
    timeout: 4000,
  });
  return {
    request(method, path, { cookie, json, timeoutMs = 30_000 } = {}) {
      const body = json === undefined ? undefined : JSON.stringify(json);
      const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
      if (cookie) headers.cookie = cookie;
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(body);
      }
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const req = http.request({ hostname, port, method, path, headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.once('error', reject);
          res.once('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              setCookie: res.headers['set-cookie'] ?? [],
              ms: performance.now() - started,
            }),
          );
        });
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
        req.once('error', reject);
        req.end(body);
      });
    },
    connections: () =>
      [agent.sockets, agent.freeSockets].reduce(
        (n, byOrigin) => n + Object.values(byOrigin).reduce((m, list) => m + (list?.length ?? 0), 0),
        0,
      ),
    close: () => agent.destroy(),
  };
}

/** The `name=value` part of the Set-Cookie header for `name`, ready to send back as a Cookie header. */
export function cookieFrom(setCookie: string[], name: string): string | undefined {
  return setCookie.map((line) => line.split(';', 1)[0]!.trim()).find((pair) => pair.startsWith(`${name}=`));
}
