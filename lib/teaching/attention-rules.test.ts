import { describe, expect, it } from 'vitest';
import { attentionByAssignment } from './attention-rules';
import type { AttentionReason } from './views';

const base = (assignmentId: string) => ({
  assignmentId,
  title: `Quiz ${assignmentId}`,
  classId: 'c1',
  className: 'History 9',
  dueAt: '2026-03-09T09:00:00.000Z',
});
const overdue = (id: string, missed: number): AttentionReason => ({
  ...base(id),
  kind: 'overdue',
  counts: { missed, late: 0, unfinished: 0 },
});
const flagged = (id: string, numbers: number[]): AttentionReason => ({
  ...base(id),
  kind: 'flagged',
  summary: { submitted: 5, questions: numbers.map((number) => ({ number, reason: 'Hardly anyone got it right.' })) },
});

describe('Needs attention names each thing once', () => {
  it('gathers the reasons of one assignment into one entry, keeping the assignments in order', () => {
    const items = attentionByAssignment([overdue('a', 1), overdue('b', 2), flagged('a', [7])]);
    expect(items.map((i) => i.assignmentId)).toEqual(['a', 'b']);
    expect(items[0]).toMatchObject({
      overdue: { missed: 1 },
      flagged: { submitted: 5, questions: [{ number: 7 }] },
    });
    expect(items[1]).toMatchObject({ overdue: { missed: 2 }, flagged: null });
  });

  it('lists a question flagged twice once, in question order', () => {
    const [item] = attentionByAssignment([flagged('a', [9, 7]), flagged('a', [7, 3])]);
    expect(item!.flagged!.questions.map((q) => q.number)).toEqual([3, 7, 9]);
  });

  it('counts a reason given twice once', () => {
    const items = attentionByAssignment([overdue('a', 1), overdue('a', 1)]);
    expect(items).toHaveLength(1);
    expect(items[0]!.overdue).toEqual({ missed: 1, late: 0, unfinished: 0 });
  });
});
