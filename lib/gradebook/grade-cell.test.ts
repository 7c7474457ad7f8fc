import { describe, expect, it } from 'vitest';
import { countedAttempt, gradeCell, handedInAt, type CellAttempt } from './grade-cell';

const attempt = (
  n: number,
  score: number | null,
  submittedAt: string | null,
  status = 'submitted',
  deadline: string | null = null,
): CellAttempt => ({
  id: `a${n}`,
  status,
  score,
  max_score: 12,
  submitted_at: submittedAt,
  deadline_at: deadline,
  attempt_number: n,
});

describe('countedAttempt', () => {
  const attempts = [
    attempt(1, 5, '2026-03-02T10:00:00.000Z'),
    attempt(2, 8, '2026-03-02T11:00:00.000Z'),
    attempt(3, 8, '2026-03-02T12:00:00.000Z'),
    attempt(4, 2, '2026-03-02T13:00:00.000Z'),
    attempt(5, null, null, 'in_progress'),
  ];

  it('highest: the best score, the earliest of equal scores; never one in progress', () => {
    expect(countedAttempt(attempts, 'highest')?.id).toBe('a2');
  });

  it('last: the last handed in, whatever its score', () => {
    expect(countedAttempt(attempts, 'last')?.id).toBe('a4');
  });

  it('none without a submitted attempt', () => {
    expect(
      countedAttempt(
        [attempt(1, null, null, 'in_progress'), attempt(2, 3, '2026-03-02T10:00:00.000Z', 'superseded')],
        'last',
      ),
    ).toBeUndefined();
  });
});

describe('handedInAt', () => {
  it('is the submission time, or the deadline when the attempt was submitted for the student after it', () => {
    expect(handedInAt({ submitted_at: '2026-03-02T10:00:00.000Z', deadline_at: '2026-03-02T11:00:00.000Z' })).toBe(
      '2026-03-02T10:00:00.000Z',
    );
    expect(handedInAt({ submitted_at: '2026-03-05T10:00:00.000Z', deadline_at: '2026-03-02T11:00:00.000Z' })).toBe(
      '2026-03-02T11:00:00.000Z',
    );
    expect(handedInAt({ submitted_at: '2026-03-05T10:00:00.000Z', deadline_at: null })).toBe(
      '2026-03-05T10:00:00.000Z',
    );
  });
});

describe('gradeCell', () => {
  const base = {
    assignmentId: 'as',
    studentId: 's',
    grading: 'highest' as const,
    max: 12,
    dueAt: new Date('2026-03-09T09:00:00Z'),
    now: new Date('2026-03-10T09:00:00Z'),
  };
  const row = (id: string, score: number | null, isExcused: boolean, at: string) => ({
    id,
    score,
    is_excused: isExcused ? 1 : 0,
    reason: `r ${id}`,
    teacher_id: 't',
    teacher_name: 'T',
    created_at: at,
  });

  it('is late exactly when handed in after the due date', () => {
    expect(gradeCell({ ...base, attempts: [attempt(1, 6, '2026-03-09T09:00:00.000Z')], overrides: [] })).toMatchObject({
      status: 'submitted',
      isLate: false,
      percent: 50,
    });
    expect(gradeCell({ ...base, attempts: [attempt(1, 6, '2026-03-09T09:00:00.001Z')], overrides: [] })).toMatchObject({
      status: 'late',
      isLate: true,
    });
  });

  it('an excusal keeps the late flag but shows excused; a later clear restores the attempt', () => {
    const late = [attempt(1, 6, '2026-03-09T10:00:00.000Z')];
    const excused = gradeCell({
      ...base,
      attempts: late,
      overrides: [row('o1', null, true, '2026-03-09T12:00:00.000Z')],
    });
    expect(excused).toMatchObject({ status: 'excused', isLate: true, score: null, attemptScore: 6 });
    const cleared = gradeCell({
      ...base,
      attempts: late,
      overrides: [
        row('o1', null, true, '2026-03-09T12:00:00.000Z'),
        row('o2', null, false, '2026-03-09T13:00:00.000Z'),
      ],
    });
    expect(cleared).toMatchObject({ status: 'late', score: 6, override: null });
    expect(cleared.history.map((h) => h.kind)).toEqual(['excused', 'clear']);
  });

  it('a score override stands without any attempt, out of the assignment max', () => {
    expect(
      gradeCell({ ...base, attempts: [], overrides: [row('o1', 9, false, '2026-03-09T12:00:00.000Z')] }),
    ).toMatchObject({ status: 'missed', score: 9, max: 12, percent: 75 });
  });
});
