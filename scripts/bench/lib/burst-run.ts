// One burst against one origin: a class of students all starting the same assigned quiz within one
// second, answering every question and submitting; and, in the same run, the same traffic against
// the no-op route as the framework's floor. A few warm-up students go first (JIT, connection pools,
// caches) and are left out of the numbers but not out of the database check.
import type { QuestionView } from '../../../lib/attempts/views';
import type { Classroom } from './classroom';
import { GUEST_COOKIE } from '../../../lib/auth/guest-token';
import { cookieFrom, createHttpClient } from './http-client';
import { newLedger, runFloorStudent, runStudent, type Ledger, type RetryPolicy } from './student';

/** Ledgers of every round together, and of each round on its own (for per-round ratios). */
export type BurstResult = {
  app: Ledger;
  floor: Ledger;
  warmup: Ledger;
  questions: number;
  rounds: { app: Ledger; floor: Ledger }[];
};

const progress = (line: string) => console.error(line);

export const BURST_POLICY: RetryPolicy = { maxTries: 6, timeoutMs: 15_000 };

/** Within one second: each student starts at a random moment of it. */
const withinOneSecond = () => Math.random() * 1000;

/**
 * `classroom.assignmentIds.length` rounds, each a floor burst and an app burst (on its own assigned
 * quiz), the order alternating from round to round, so a slow spell on this shared machine falls on
 * both sides instead of skewing the ratio.
 */
export async function runBurst(
  origin: string,
  classroom: Classroom,
  warmupCount: number,
  thinkMs = 0,
): Promise<BurstResult> {
  const warmupStudents = classroom.students.slice(0, warmupCount);
  const students = classroom.students.slice(warmupCount);
  const client = createHttpClient(origin, classroom.students.length + 8);
  try {
    const probe = await client.request('GET', '/api/bench/noop');
    if (probe.status !== 204)
      throw new Error(
        `GET /api/bench/noop answered ${probe.status}: was the server built with SOURCEWISE_BENCH_ROUTES=1?`,
      );

    // Like a browser on its first visit, each student gets a guest cookie from proxy.ts and sends it
    // from then on; without it proxy.ts would mint and sign a new one on every request.
    await Promise.all(
      classroom.students.map(async (s) => {
        const first = await client.request('GET', '/api/bench/noop', { cookie: s.cookie });
        const guest = cookieFrom(first.setCookie, GUEST_COOKIE);
        if (guest) s.cookie = `${s.cookie}; ${guest}`;
      }),
    );
    // Before each measured phase every student (re)opens its keep-alive connection, all at once: a
    // saturated Node server accepts new connections slowly, which would measure connection setup
    // instead of the app; and Next closes connections idle for 5 s, as some are after the last phase.
    const openConnections = async () => {
      await Promise.all(students.map((s) => client.request('GET', '/api/bench/noop', { cookie: s.cookie })));
      progress(`  ${client.connections()} keep-alive connections open.`);
    };

    progress(`  warm-up: ${warmupStudents.length} students take the quiz…`);
    const warmup = newLedger();
    const outcomes = await Promise.all(
      warmupStudents.map((s) =>
        runStudent({
          client,
          cookie: s.cookie,
          assignmentId: classroom.assignmentId,
          ledger: warmup,
          policy: BURST_POLICY,
          delayMs: 0,
        }),
      ),
    );
    const questions: QuestionView[] | undefined = outcomes.find((o) => o.questions)?.questions;
    if (!questions || warmup.ops.some((op) => !op.ok)) {
      const failed = warmup.ops.find((op) => !op.ok);
      throw new Error(`The warm-up failed: ${failed?.kind} ${failed?.error ?? 'no questions'}`);
    }

    const rounds: { app: Ledger; floor: Ledger }[] = [];
    for (const [r, assignmentId] of classroom.assignmentIds.entries()) {
      const round = { app: newLedger(), floor: newLedger() };
      const floorBurst = async () => {
        await openConnections();
        progress(`  round ${r + 1} floor: ${students.length} students send the same requests to the no-op route…`);
        await Promise.all(
          students.map((s) =>
            runFloorStudent({
              client,
              cookie: s.cookie,
              assignmentId,
              ledger: round.floor,
              policy: BURST_POLICY,
              delayMs: withinOneSecond(),
              questions,
              thinkMs,
            }),
          ),
        );
      };
      const appBurst = async () => {
        await openConnections();
        progress(
          `  round ${r + 1} burst: ${students.length} students start within one second, answer ${questions.length} questions each and submit…`,
        );
        await Promise.all(
          students.map((s) =>
            runStudent({
              client,
              cookie: s.cookie,
              assignmentId,
              ledger: round.app,
              policy: BURST_POLICY,
              delayMs: withinOneSecond(),
              thinkMs,
            }),
          ),
        );
      };
      for (const phase of r % 2 === 0 ? [floorBurst, appBurst] : [appBurst, floorBurst]) await phase();
      rounds.push(round);
    }
    return {
      app: mergeLedgers(...rounds.map((x) => x.app)),
      floor: mergeLedgers(...rounds.map((x) => x.floor)),
      warmup,
      questions: questions.length,
      rounds,
    };
  } finally {
    client.close();
  }
}

/** One ledger holding both: the database check looks at every attempt of the assignment. */
export function mergeLedgers(...ledgers: Ledger[]): Ledger {
  const merged = newLedger();
  for (const l of ledgers) {
    merged.ops.push(...l.ops);
    for (const id of l.sent) merged.sent.add(id);
    merged.acknowledged.push(...l.acknowledged);
    for (const [id, n] of l.submitOks) merged.submitOks.set(id, (merged.submitOks.get(id) ?? 0) + n);
    for (const id of l.submitted) merged.submitted.add(id);
    for (const [k, n] of l.transient) merged.transient.set(k, (merged.transient.get(k) ?? 0) + n);
  }
  return merged;
}
