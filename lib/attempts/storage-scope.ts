import 'server-only';
import { createHash } from 'node:crypto';

/**
 * The name under which a learner's unsent answers are kept in their browser
 * (components/quiz/pending-answers.ts): one per account or guest, so on a shared computer a page
 * only ever picks up its own learner's answers. A hash, so no account id is written to the device.
 */
export function getStorageScope(ownerId: string): string {
  return createHash('sha256').update(`sourcewise-unsent-answers:${ownerId}`).digest('base64url').slice(0, 22);
}
