import { localDateTimeToDate } from '@/lib/time/local-date-time';
import type { ViewerTime } from '@/lib/time/viewer-time';
import type { AssignFields } from './assignment-fields';
import type { When } from './review-policy';

// The assign form's rules in one sentence, as the students will live them: "Opens now, due Thu
// 10 Dec, 16:00; 2 attempts, the highest counts; 20 minutes each; scores shown immediately,
// correct answers after the due date." The form shows it while the teacher fills it in (in their
// browser) and the confirmation repeats it from the server's reading of the same fields, so a
// date the server would read differently from the teacher's screen shows up before anyone starts.
//
// The review part states what the disclosure rule (disclosure.ts) will really show: correct
// answers reveal which answers were right, and those reveal the score, so each shows no later
// than what it is implied by.

const ORDER: readonly When[] = ['immediately', 'after_due', 'never'];
const earliest = (...whens: When[]): When => ORDER[Math.min(...whens.map((w) => ORDER.indexOf(w)))]!;
const asWhen = (value: string | undefined, fallback: When): When =>
  ORDER.includes(value as When) ? (value as When) : fallback;

const WHEN_WORDS: Record<When, string> = {
  immediately: 'shown immediately',
  after_due: 'shown after the due date',
  never: 'never shown',
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "Thu 10 Dec, 16:00" in the viewer's zone and locale; the year only when it is not this year's. */
export function formatRuleDate(date: Date, viewer: ViewerTime, now: Date): string {
  const sameYear =
    new Intl.DateTimeFormat('en', { timeZone: viewer.timeZone, year: 'numeric' }).format(date) ===
    new Intl.DateTimeFormat('en', { timeZone: viewer.timeZone, year: 'numeric' }).format(now);
  return new Intl.DateTimeFormat(viewer.locale, {
    timeZone: viewer.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

function reviewWords(f: AssignFields): string {
  const correct = asWhen(f.reviewCorrect, 'after_due');
  const answers = earliest(asWhen(f.reviewAnswers, 'after_due'), correct);
  const score = earliest(asWhen(f.reviewScore, 'immediately'), answers);
  const parts: [string, When][] = [
    ['scores', score],
    ['which answers were right', answers],
    ['correct answers', correct],
  ];
  return ORDER.filter((when) => parts.some(([, w]) => w === when))
    .map((when) => {
      const names = parts.filter(([, w]) => w === when).map(([name]) => name);
      const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
      return `${listed} ${WHEN_WORDS[when]}`;
    })
    .join(', ');
}

function attemptWords(f: AssignFields): string {
  const counts = f.grading === 'last' ? 'the last counts' : 'the highest counts';
  if (f.attemptsAllowed === 'unlimited') return `unlimited attempts, ${counts}`;
  const n = Number(f.attemptsAllowed ?? '1');
  return n === 1 ? '1 attempt' : `${plural(n, 'attempt')}, ${counts}`;
}

function timeWords(f: AssignFields): string {
  const text = f.timeLimitMinutes?.trim() ?? '';
  const minutes = Number(text);
  if (text === '') return 'no time limit';
  return Number.isInteger(minutes) && minutes > 0 ? `${plural(minutes, 'minute')} each` : 'time limit not set yet';
}

export function describeAssignRules(f: AssignFields, viewer: ViewerTime, now: Date): string {
  const opensAt = localDateTimeToDate(f.opensAt, viewer.timeZone);
  const dueAt = localDateTimeToDate(f.dueAt, viewer.timeZone);
  const closesAt = localDateTimeToDate(f.closesAt, viewer.timeZone);
  const opens = !opensAt
    ? 'Opening date not set yet'
    : opensAt.getTime() <= now.getTime() + 60_000
      ? 'Opens now'
      : `Opens ${formatRuleDate(opensAt, viewer, now)}`;
  const due = dueAt ? `due ${formatRuleDate(dueAt, viewer, now)}` : 'due date not set yet';
  const late = closesAt ? `no attempts start after ${formatRuleDate(closesAt, viewer, now)}` : 'late work accepted';
  return `${opens}, ${due}, ${late}; ${attemptWords(f)}; ${timeWords(f)}; ${reviewWords(f)}.`;
}
