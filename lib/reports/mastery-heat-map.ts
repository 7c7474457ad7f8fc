import type { Question } from '../content/schema';
import { mean } from './statistics';

// Students × learning objectives, for the class mastery heat map. A cell is the student's mean
// score on the questions of that objective, as a percent (0..100, not rounded: rounding is the
// page's job), or null when the student answered none of them — "not seen" is not "0 %".
// The class average of an objective is the mean of the students' non-null cells, so each student
// weighs the same however many questions they answered; null when no student has a cell.

export type ObjectiveAnswer = { questionId: string; score: number };
export type StudentAnswers = { studentId: string; answers: readonly ObjectiveAnswer[] };

export type MasteryCell = { objectiveId: string; percent: number | null; answered: number };
export type MasteryRow = { studentId: string; cells: MasteryCell[] };
export type ObjectiveAverage = { objectiveId: string; percent: number | null; students: number };
export type MasteryHeatMap = { rows: MasteryRow[]; averages: ObjectiveAverage[] };

/**
 * One row per student (in the given order) and one cell per objective (in the objectives' order).
 * Every answer given counts, so pass only the counted ones; answers to questions the map does not
 * know, or whose objective is not in the list, are ignored.
 */
export function buildMasteryHeatMap(
  students: readonly StudentAnswers[],
  objectiveOfQuestion: ReadonlyMap<string, string>,
  objectives: readonly { id: string }[],
): MasteryHeatMap {
  const rows = students.map((student) => {
    const scoresByObjective = new Map<string, number[]>(objectives.map((objective) => [objective.id, []]));
    for (const answer of student.answers) {
      const objectiveId = objectiveOfQuestion.get(answer.questionId);
      if (objectiveId !== undefined) scoresByObjective.get(objectiveId)?.push(answer.score);
    }
    const cells = objectives.map((objective) => {
      const scores = scoresByObjective.get(objective.id)!;
      const average = mean(scores);
      return { objectiveId: objective.id, percent: average === null ? null : average * 100, answered: scores.length };
    });
    return { studentId: student.studentId, cells };
  });

  const averages = objectives.map((objective, index) => {
    const percents = rows.flatMap((row) => row.cells[index]!.percent ?? []);
    return { objectiveId: objective.id, percent: mean(percents), students: percents.length };
  });
  return { rows, averages };
}

/** The question id → objective id map of some questions, for `buildMasteryHeatMap`. */
export function objectivesByQuestion(questions: readonly Pick<Question, 'id' | 'objective'>[]): Map<string, string> {
  return new Map(questions.map((question) => [question.id, question.objective]));
}
