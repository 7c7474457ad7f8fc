// PUT /api/bench/noop – the framework's floor for benchmarks; 404 unless SOURCEWISE_BENCH_ROUTES=1
//
// It reads nothing (no body, cookies or database) so that a benchmark can compare a real route
// with what any route costs on this server. GET answers the same, for a quick readiness probe.

function noop(): Response {
  if (process.env.SOURCEWISE_BENCH_ROUTES !== '1') return Response.json({ error: 'Not found' }, { status: 404 });
  return new Response(null, { status: 204 });
}

export function PUT(): Response {
  return noop();
}

export function GET(): Response {
  return noop();
}
