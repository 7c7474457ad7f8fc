import { AppError, isAppError } from '@/lib/errors';

// The refusals of attempt operations that more than one operation raises, each with a message a
// learner can act on. Anything else is a bug and reaches the error page.

export const attemptNotFound = () =>
  new AppError('not_found', 'No such attempt. It may belong to someone else, or the link is wrong.');

export const isAttemptNotFound = (error: unknown): boolean => isAppError(error, 'not_found');

/** Assigned work of a class the student has been removed from: their work stays for the teacher, but changes no more. */
export const removedFromClass = () =>
  new AppError(
    'forbidden',
    'You are no longer on this class’s roster, so this assignment no longer accepts your answers. Your teacher still has the work you handed in.',
  );

/** A retake of assigned work whose policy no longer shows the correct answers (the student's due date moved). */
export const retakeHeldBack = () =>
  new AppError(
    'forbidden',
    'This retake is paused: your teacher’s settings no longer show this assignment’s correct answers to you, so its questions are held back until they do.',
  );

/** A start, answer or hand-in on assigned work its teacher has since deleted (archived): what was saved is kept. */
export const assignmentArchived = () =>
  new AppError(
    'conflict',
    'Your teacher has removed this assignment, so it takes no new attempts or answers. Work you already did is kept.',
  );
