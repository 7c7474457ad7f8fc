import type { ContentRegradePlan } from './content';
import { formatPoints } from '@/lib/format/score';

// What `npm run content:regrade` prints: every answer, attempt and assignment whose score a
// regrade changes (or would), and every lowering it leaves alone.

const score = (n: number | null) => (n === null ? 'not submitted' : formatPoints(n));

export function formatRegradePlan(plan: ContentRegradePlan, isDryRun: boolean): string[] {
  const verb = isDryRun ? 'would change' : 'changed';
  const lines: string[] = [];
  for (const attempt of plan.attempts) {
    const who = `attempt ${attempt.attemptId} (${attempt.ownerName ?? 'guest'})`;
    for (const c of attempt.changes)
      lines.push(
        `  answer   ${who}, ${c.questionId}: ${score(c.oldScore)} → ${score(c.newScore)} (revision ${c.fromRevision} → ${c.toRevision})`,
      );
    for (const c of attempt.skipped)
      lines.push(
        `  skipped  ${who}, ${c.questionId}: would lower ${score(c.oldScore)} → ${score(c.newScore)} (needs --allow-lower)`,
      );
    if (attempt.changes.length > 0 && attempt.oldScore !== null)
      lines.push(`  attempt  ${who}: total ${score(attempt.oldScore)} → ${score(attempt.newScore)}`);
  }
  for (const id of plan.assignmentIds)
    lines.push(`  assignment ${id}: gradebook scores ${verb} (teacher overrides still take precedence)`);
  const changed = plan.attempts.reduce((n, a) => n + a.changes.length, 0);
  const skipped = plan.attempts.reduce((n, a) => n + a.skipped.length, 0);
  const current = plan.attempts.reduce((n, a) => n + a.unchanged.length, 0);
  lines.push(
    `${isDryRun ? 'Dry run: nothing was changed. ' : ''}${changed} answer score(s) ${verb}, ${current} answer(s) ${isDryRun ? 'would be' : 'were'} brought to the current revision at the same score, ${skipped} lowering(s) skipped${skipped > 0 && !plan.allowLower ? ' (rerun with --allow-lower to apply them)' : ''}.`,
  );
  return lines;
}
