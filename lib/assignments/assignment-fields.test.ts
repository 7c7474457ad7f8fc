import { describe, expect, it } from 'vitest';
import { parseAssignFields } from './assignment-fields';

const base = {
  kind: 'quiz',
  moduleId: 'm1',
  opensAt: '2026-03-01T09:00',
  dueAt: '2026-03-08T09:00',
  closesAt: '',
  attemptsAllowed: '2',
  grading: 'last',
  timeLimitMinutes: '',
  reviewScore: 'immediately',
  reviewAnswers: 'after_due',
  reviewCorrect: 'never',
};

describe('the assign form fields', () => {
  it('become the API body, local times as ISO instants', () => {
    const parsed = parseAssignFields(base, 'c1', 'course');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.body).toMatchObject({
      classId: 'c1',
      courseId: 'course',
      kind: 'quiz',
      moduleId: 'm1',
      attemptsAllowed: 2,
      grading: 'last',
      timeLimitMinutes: null,
      closesAt: null,
    });
    expect(parsed.body.opensAt).toBe(new Date('2026-03-01T09:00').toISOString());
    expect(parsed.body.reviewPolicy).toEqual({ score: 'immediately', answers: 'after_due', correctAnswers: 'never' });
  });

  it('say what to fix beside each field', () => {
    const parsed = parseAssignFields(
      {
        ...base,
        opensAt: '',
        dueAt: '2026-03-01T08:00',
        closesAt: 'x',
        timeLimitMinutes: '2.5',
        attemptsAllowed: 'unlimited',
      },
      'c1',
      'course',
    );
    expect(parsed).toEqual({
      ok: false,
      errors: {
        opensAt: 'Enter the date and time the assignment opens.',
        closesAt: 'Enter a full date and time, or leave this empty.',
        timeLimitMinutes: 'Enter whole minutes from 1 to 600, or leave this empty.',
      },
    });
    const early = parseAssignFields({ ...base, dueAt: '2026-03-01T08:00' }, 'c1', 'course');
    expect(early.ok ? undefined : early.errors.dueAt).toBe('The due date must be after the open date.');
  });

  it('send no module and unlimited attempts for a final test', () => {
    const parsed = parseAssignFields({ ...base, kind: 'final', attemptsAllowed: 'unlimited' }, 'c1', 'course');
    expect(parsed.ok && parsed.body).toMatchObject({ moduleId: null, attemptsAllowed: null });
  });
});
