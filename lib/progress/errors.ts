import { AppError } from '@/lib/errors';

/** Someone with no identity yet (no account, no guest cookie) has answered nothing to review. */
export const nothingAnsweredYet = () => new AppError('conflict', 'Nothing to review yet: answer some questions first.');
