// A small round-robin HTTP load balancer for the benchmarks, run as its own process so it does not
// share an event loop with the load generator:
//
//   node --import tsx scripts/bench/lib/round-robin-proxy.ts <listen port> <backend port> [<backend port> …]
//
// Each request goes to the next backend in turn, over keep-alive connections. A backend that
// cannot be reached gets a 502 answer, as a real load balancer would give; the client retries.
// Prints "listening" once it accepts connections.
import http from 'node:http';

const [listen, ...backends] = process.argv.slice(2).map(Number);
if (!listen || backends.length === 0) {
  console.error('usage: round-robin-proxy.ts <listen port> <backend port> [<backend port> …]');
  process.exit(2);
}
// Idle upstream connections are dropped after 2 s, before Next's own keep-alive timeout (5 s) can
// close one just as a request is sent on it, which would fail that request with ECONNRESET.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 512, timeout: 2000 });
let turn = 0;

const server = http.createServer((req, res) => {
  const port = backends[turn++ % backends.length]!;
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.once('error', (error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ error: `Upstream ${port} failed: ${(error as NodeJS.ErrnoException).code ?? error.message}` }),
    );
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 60_000;
server.listen(listen, '127.0.0.1', () => console.log('listening'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
