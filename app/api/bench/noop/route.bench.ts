// PUT /api/bench/noop – the framework's floor for benchmarks; only in builds made with SOURCEWISE_BENCH_ROUTES=1
//
// It reads nothing (no body, cookies or database) so that a benchmark can compare a real route
// with what any route costs on this server. GET answers the same, for a quick readiness probe.
// The `.bench.ts` name keeps it out of every other build: next.config.js adds `bench.ts` to
// pageExtensions only for a bench build, so `npm start` has no such route at all (404).

function noop(): Response {
  return new Response(null, { status: 204 });
}

export function PUT(): Response {
  return noop();
}

export function GET(): Response {
  return noop();
}
