import { describe, expect, it } from 'vitest';
import { assignDefaults } from './assign-defaults';
import { describeAssignRules } from './describe-rules';

const berlin = { timeZone: 'Europe/Berlin', locale: 'en-GB' };
// Thursday 3 December 2026, 09:49 in Berlin.
const NOW = new Date('2026-12-03T08:49:30Z');

describe('the assign form’s defaults', () => {
  it('open now and are due a week from today at 16:00, on the teacher’s own clock', () => {
    expect(assignDefaults(NOW, 'Europe/Berlin')).toEqual({ opensAt: '2026-12-03T09:49', dueAt: '2026-12-10T16:00' });
    // Late in the evening in Los Angeles it is already the next day in UTC; the teacher's day counts.
    const evening = new Date('2026-12-04T06:30:00Z');
    expect(assignDefaults(evening, 'America/Los_Angeles')).toEqual({
      opensAt: '2026-12-03T22:30',
      dueAt: '2026-12-10T16:00',
    });
    expect(assignDefaults(evening, 'UTC').dueAt).toBe('2026-12-11T16:00');
  });
});

describe('the rules in words', () => {
  const defaults = assignDefaults(NOW, 'Europe/Berlin');

  it('say the defaults as a student will live them', () => {
    expect(describeAssignRules(defaults, berlin, NOW)).toBe(
      'Opens now, due Thu 10 Dec, 16:00, late work accepted; 1 attempt; no time limit; ' +
        'scores shown immediately, which answers were right and correct answers shown after the due date.',
    );
  });

  it('follow every field', () => {
    const text = describeAssignRules(
      {
        opensAt: '2026-12-07T08:00',
        dueAt: '2027-01-08T16:00',
        closesAt: '2027-01-10T16:00',
        attemptsAllowed: '2',
        grading: 'last',
        timeLimitMinutes: '20',
        reviewScore: 'after_due',
        reviewAnswers: 'never',
        reviewCorrect: 'never',
      },
      berlin,
      NOW,
    );
    expect(text).toBe(
      'Opens Mon 7 Dec, 08:00, due Fri, 8 Jan 2027, 16:00, no attempts start after Sun, 10 Jan 2027, 16:00; ' +
        '2 attempts, the last counts; 20 minutes each; ' +
        'scores shown after the due date, which answers were right and correct answers never shown.',
    );
  });

  it('never promise less than the disclosure rule shows: correct answers reveal which were right, and the score', () => {
    const text = describeAssignRules(
      { ...defaults, reviewScore: 'never', reviewAnswers: 'never', reviewCorrect: 'immediately' },
      berlin,
      NOW,
    );
    expect(text).toContain('scores, which answers were right and correct answers shown immediately.');
  });

  it('say what is missing rather than guess', () => {
    expect(describeAssignRules({ opensAt: '', dueAt: 'soon', attemptsAllowed: 'unlimited' }, berlin, NOW)).toBe(
      'Opening date not set yet, due date not set yet, late work accepted; unlimited attempts, the highest counts; ' +
        'no time limit; scores shown immediately, which answers were right and correct answers shown after the due date.',
    );
  });
});
