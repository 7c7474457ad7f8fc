// npm run bench:burst – a class's worth of students taking the same assigned quiz at once: all of
// them start within one second, answer every question (each save with an idempotency key, retried
// with the same key on an error or timeout) and submit. First against the production build on
// SQLite, then against two app instances sharing one PostgreSQL database behind a round-robin
// proxy. Each backend also gets the same traffic on the framework's no-op route in the same run,
// so the app's cost reads as a ratio to what any request costs on this (noisy, shared) machine.
// Afterwards the database must hold every acknowledged save exactly once and every acknowledged
// submit once.
//
//   npm run bench:burst -- [--students 300] [--backend sqlite|postgres|both] [--module the-pact]
//                          [--warmup 20] [--think 3] [--rounds 3] [--profile]
//
// Students spend --think seconds on average (±50 %) on each question before saving it: 3 s by
// default, ten times quicker than a class reads, so the whole class's saves still arrive within
// seconds of each other. --think 0 is the saturation test: every student always has one request
// in flight, latency is queueing (students ÷ throughput), and even the no-op route misses the
// latency targets there; that run is read as the app's cost over the floor, not against them.
// Each round is a floor burst and an app burst, in alternating order; the table pools the rounds and
// the per-round ratios show how much the machine's noise moved them.
// --profile runs the server(s) under the inspector's CPU profiler (lib/cpu-profile-hook.cjs) and prints where the busiest one spent its time.
// Exit codes: 0 nothing lost or duplicated and no errors, 1 a check failed or requests failed after
// retries, 2 the benchmark itself failed. Progress goes to stderr, the results to stdout.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  createPostgresTestDatabase,
  createSqliteTestDatabase,
  postgresUnavailableReason,
  type TestDatabase,
} from '../testing/db/test-backends';
import { BENCH_DIST_DIR, HOST, startBenchServer, type BenchServer } from './lib/bench-server';
import { runBurst, mergeLedgers, type BurstResult } from './lib/burst-run';
import { prepareClassroom } from './lib/classroom';
import { busiestProfile, profileLines } from './lib/cpu-profile';
import { textTable } from './lib/load';
import { fixed, opStats, ratioRow, STATS_HEADER, statsRow, targetVerdict } from './lib/op-stats';
import { startRoundRobinProxy, stopProxies } from './lib/proxy-process';
import { killSourcewiseNow, stopSourcewise } from './lib/sourcewise-server';
import { describeCheck, verifyBurst, type BurstCheck } from './lib/verify-burst';

const progress = (line: string) => console.error(line);
const PORTS = { sqlite: 5401, pgA: 5402, pgB: 5403, proxy: 5404 };
const PROFILE_DIR = path.resolve('.bench/profiles');

function options() {
  const { values } = parseArgs({
    options: {
      students: { type: 'string', default: '300' },
      backend: { type: 'string', default: 'both' },
      module: { type: 'string', default: 'the-pact' },
      warmup: { type: 'string', default: '20' },
      think: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '3' },
      profile: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const students = Number(values.students);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(students) || students < 1)
    throw new Error(`--students must be a whole number ≥ 1 (got "${values.students}")`);
  if (!Number.isInteger(warmup) || warmup < 1)
    throw new Error(`--warmup must be a whole number ≥ 1 (got "${values.warmup}")`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds must be a whole number ≥ 1 (got "${values.rounds}")`);
  const think = Number(values.think);
  if (!(think >= 0)) throw new Error(`--think must be a number of seconds ≥ 0 (got "${values.think}")`);
  if (!['sqlite', 'postgres', 'both'].includes(values.backend))
    throw new Error(`--backend must be sqlite, postgres or both (got "${values.backend}")`);
  return {
    students,
    warmup,
    rounds,
    thinkMs: think * 1000,
    backend: values.backend as 'sqlite' | 'postgres' | 'both',
    moduleId: values.module,
    profile: values.profile,
  };
}

type BackendRun = { label: string; result: BurstResult; check: BurstCheck; profile?: string };

async function onBackend(
  label: string,
  database: TestDatabase,
  opts: ReturnType<typeof options>,
  start: (env: Record<string, string>, secret: string) => Promise<string>,
): Promise<BackendRun> {
  const secret = randomBytes(32).toString('base64url');
  progress(
    `${label}: preparing a class of ${opts.students} students (+${opts.warmup} for warm-up) and an assigned quiz…`,
  );
  const classroom = await prepareClassroom(
    database.config,
    opts.students + opts.warmup,
    secret,
    opts.moduleId,
    opts.rounds,
  );
  const profileSince = Date.now();
  // Node refuses --cpu-prof in NODE_OPTIONS; a preloaded hook profiles each server process instead.
  const env: Record<string, string> = opts.profile
    ? {
        NODE_OPTIONS: `--require ${path.resolve('scripts/bench/lib/cpu-profile-hook.cjs')}`,
        SOURCEWISE_PROFILE_DIR: PROFILE_DIR,
      }
    : {};
  const origin = await start(env, secret);
  let result: BurstResult;
  try {
    result = await runBurst(origin, classroom, opts.warmup, opts.thinkMs);
  } finally {
    progress(`${label}: stopping the server(s)…`);
    stopProxies();
    await stopSourcewise();
  }
  progress(`${label}: checking the database…`);
  const check = await verifyBurst(database.config, classroom.assignmentIds, mergeLedgers(result.app, result.warmup));
  const profile = opts.profile ? busiestProfile(PROFILE_DIR, profileSince) : undefined;
  return { label, result, check, profile };
}

async function main(): Promise<number> {
  const opts = options();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  if (opts.profile) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    mkdirSync(PROFILE_DIR, { recursive: true });
  }
  const runs: BackendRun[] = [];
  const skipped: string[] = [];

  if (opts.backend !== 'postgres') {
    const database = createSqliteTestDatabase();
    try {
      runs.push(
        await onBackend('SQLite', database, opts, async (env, secret) => {
          progress(
            `SQLite: building if stale and starting the production server (${BENCH_DIST_DIR}, port ${PORTS.sqlite})…`,
          );
          const server = await startBenchServer({
            name: 'burst-sqlite',
            port: PORTS.sqlite,
            database: database.config,
            secret,
            env,
          });
          return server.origin;
        }),
      );
    } finally {
      await database.drop();
    }
  }

  if (opts.backend !== 'sqlite') {
    const unavailable = await postgresUnavailableReason();
    if (unavailable) skipped.push(unavailable);
    else {
      const database = await createPostgresTestDatabase();
      try {
        runs.push(
          await onBackend('PostgreSQL ×2', database, opts, async (env, secret) => {
            progress(
              `PostgreSQL: two app instances (ports ${PORTS.pgA}, ${PORTS.pgB}) on one fresh database, behind a round-robin proxy on ${PORTS.proxy}…`,
            );
            // One after the other: the first builds if the build is stale, the second finds it current.
            const servers: BenchServer[] = [];
            for (const [name, port] of [
              ['burst-pg-a', PORTS.pgA],
              ['burst-pg-b', PORTS.pgB],
            ] as const) {
              servers.push(await startBenchServer({ name, port, database: database.config, secret, env }));
            }
            await startRoundRobinProxy(
              PORTS.proxy,
              servers.map((s) => s.port),
            );
            return `http://${HOST}:${PORTS.proxy}`;
          }),
        );
      } finally {
        await database.drop();
      }
    }
  }

  report(runs, skipped, opts);
  const failed = runs.some(
    (r) =>
      !r.check.ok ||
      (['start', 'read', 'save', 'submit'] as const).some((k) => opStats(r.result.app.ops, k).errors > 0),
  );
  return failed ? 1 : 0;
}

function report(runs: BackendRun[], skipped: string[], opts: ReturnType<typeof options>): void {
  const rows: string[][] = [STATS_HEADER];
  for (const run of runs) {
    for (const phase of ['start', 'save', 'submit'] as const) {
      const app = opStats(
        run.result.app.ops,
        phase,
        run.result.rounds.map((r) => r.app.ops),
      );
      const floor = opStats(
        run.result.floor.ops,
        phase,
        run.result.rounds.map((r) => r.floor.ops),
      );
      rows.push(
        statsRow(run.label, phase, app),
        statsRow(run.label, `${phase} (no-op floor)`, floor),
        ratioRow(run.label, phase, app, floor),
      );
    }
  }
  const lines = [
    '',
    `${opts.students} students start the same assigned quiz ("${opts.moduleId}") within one second, answer every question and submit; ${opts.rounds} round(s), pooled;`,
    opts.thinkMs > 0
      ? `each spends ${opts.thinkMs / 1000} s on average (±50 %) on a question before saving it;`
      : 'no pause between answers (saturation): every student always has one request in flight, so latency is queueing and the floor misses the targets too;',
    'production build; latency in ms from the first send to the acknowledgement, retries included; errors = never acknowledged after retries.',
    'Floor: the same students send the same number of requests, with the same bodies, to PUT /api/bench/noop in the same run.',
    '',
    textTable(rows),
    '',
  ];
  for (const run of runs) {
    const save = opStats(
      run.result.app.ops,
      'save',
      run.result.rounds.map((r) => r.app.ops),
    );
    const submit = opStats(
      run.result.app.ops,
      'submit',
      run.result.rounds.map((r) => r.app.ops),
    );
    const floorSave = opStats(
      run.result.floor.ops,
      'save',
      run.result.rounds.map((r) => r.floor.ops),
    );
    const floorSubmit = opStats(
      run.result.floor.ops,
      'submit',
      run.result.rounds.map((r) => r.floor.ops),
    );
    const transient = [...run.result.app.transient].map(([k, n]) => `${n} × ${k}`).join(', ');
    lines.push(
      `${run.label}: ${run.result.questions} questions per attempt; targets (p95 < 500 ms, p99 < 2 s): saves ${targetVerdict(save)}; submits ${targetVerdict(submit)}`,
      `  the no-op floor, same run: saves ${targetVerdict(floorSave)}; submits ${targetVerdict(floorSubmit)}`,
      `  requests that failed before a retry succeeded: ${transient || 'none'}`,
      ...perRound(run.result),
      ...describeCheck(run.check).map((l) => `  ${l}`),
    );
    if (run.profile) lines.push(...profileLines(run.profile).map((l) => `  ${l}`));
  }
  for (const reason of skipped) lines.push(`Skipped: ${reason}`);
  console.log(lines.join('\n'));
}

/** Each round's app ÷ floor for saves, and the median over rounds. */
function perRound(result: BurstResult): string[] {
  const ratios = result.rounds.map(({ app, floor }) => {
    const a = opStats(app.ops, 'save');
    const f = opStats(floor.ops, 'save');
    return { p50: a.p50 / f.p50, p95: a.p95 / f.p95, throughput: a.perSecond / f.perSecond };
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const show = (r: { p50: number; p95: number; throughput: number }) =>
    `p50 ${fixed(r.p50, 2)}×, p95 ${fixed(r.p95, 2)}×, throughput ${fixed(r.throughput, 2)}×`;
  return [
    ...ratios.map((r, i) => `  round ${i + 1} saves ÷ floor: ${show(r)}`),
    `  median over ${ratios.length} round(s), saves ÷ floor: ${show({ p50: median(ratios.map((r) => r.p50)), p95: median(ratios.map((r) => r.p95)), throughput: median(ratios.map((r) => r.throughput)) })}`,
  ];
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    progress(`${signal}: stopping the servers this benchmark started…`);
    stopProxies();
    void stopSourcewise().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.once('exit', () => {
  stopProxies();
  killSourcewiseNow();
});

try {
  process.exitCode = await main();
} catch (error) {
  if (!interrupted) progress(`bench:burst failed: ${(error as Error).stack ?? (error as Error).message}`);
  process.exitCode = 2;
} finally {
  stopProxies();
  await stopSourcewise();
}
