import { describe, expect, it } from 'vitest';
import { buildMasteryHeatMap, objectivesByQuestion } from './mastery-heat-map';

const OBJECTIVES = [{ id: 'sources' }, { id: 'claims' }, { id: 'timeline' }];
const MAP = objectivesByQuestion([
  { id: 'q1', objective: 'sources' },
  { id: 'q2', objective: 'sources' },
  { id: 'q3', objective: 'claims' },
  { id: 'q4', objective: 'timeline' },
]);

describe('buildMasteryHeatMap', () => {
  const map = buildMasteryHeatMap(
    [
      // Ana: sources (1 + 0.5) / 2 = 75 %, claims 0 %, timeline not seen.
      {
        studentId: 'ana',
        answers: [
          { questionId: 'q1', score: 1 },
          { questionId: 'q2', score: 0.5 },
          { questionId: 'q3', score: 0 },
        ],
      },
      // Ben: sources 0 %, claims 100 %, timeline not seen.
      {
        studentId: 'ben',
        answers: [
          { questionId: 'q2', score: 0 },
          { questionId: 'q3', score: 1 },
        ],
      },
      // Cy: nothing answered yet.
      { studentId: 'cy', answers: [] },
    ],
    MAP,
    OBJECTIVES,
  );

  it('gives each student a cell per objective, in order, with the percent and the count', () => {
    expect(map.rows[0]).toEqual({
      studentId: 'ana',
      cells: [
        { objectiveId: 'sources', percent: 75, answered: 2 },
        { objectiveId: 'claims', percent: 0, answered: 1 },
        { objectiveId: 'timeline', percent: null, answered: 0 },
      ],
    });
    expect(map.rows.map((row) => row.studentId)).toEqual(['ana', 'ben', 'cy']);
  });

  it('keeps "not answered" (null) apart from "answered and scored 0" (0)', () => {
    expect(map.rows[1]!.cells.map((cell) => cell.percent)).toEqual([0, 100, null]);
    expect(map.rows[2]!.cells.map((cell) => cell.percent)).toEqual([null, null, null]);
  });

  it('averages the class over the students with a cell, null when none has one', () => {
    // sources: (75 + 0) / 2 = 37.5; claims: (0 + 100) / 2 = 50; Cy's empty cells do not drag them down.
    expect(map.averages).toEqual([
      { objectiveId: 'sources', percent: 37.5, students: 2 },
      { objectiveId: 'claims', percent: 50, students: 2 },
      { objectiveId: 'timeline', percent: null, students: 0 },
    ]);
  });

  it('weighs each student the same in the class average, however many questions they answered', () => {
    const weighed = buildMasteryHeatMap(
      [
        {
          studentId: 'a',
          answers: [
            { questionId: 'q1', score: 1 },
            { questionId: 'q2', score: 1 },
          ],
        },
        { studentId: 'b', answers: [{ questionId: 'q1', score: 0 }] },
      ],
      MAP,
      OBJECTIVES,
    );
    // Per student: 100 and 0, so 50 (pooling the three answers would give 66.7).
    expect(weighed.averages[0]).toEqual({ objectiveId: 'sources', percent: 50, students: 2 });
  });

  it('ignores answers to unknown questions and to objectives not in the list', () => {
    const other = new Map([...MAP, ['q9', 'not-listed']]);
    const result = buildMasteryHeatMap(
      [
        {
          studentId: 'a',
          answers: [
            { questionId: 'q9', score: 1 },
            { questionId: 'zz', score: 1 },
            { questionId: 'q4', score: 0.25 },
          ],
        },
      ],
      other,
      OBJECTIVES,
    );
    expect(result.rows[0]!.cells.map((cell) => [cell.percent, cell.answered])).toEqual([
      [null, 0],
      [null, 0],
      [25, 1],
    ]);
  });

  it('is empty for no students, with null averages', () => {
    const empty = buildMasteryHeatMap([], MAP, OBJECTIVES);
    expect(empty.rows).toEqual([]);
    expect(empty.averages.every((average) => average.percent === null && average.students === 0)).toBe(true);
  });
});
