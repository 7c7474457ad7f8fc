'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { attemptNotFound } from '@/lib/attempts/errors';
import { startAttemptFor } from '@/lib/attempts/start-attempt-for';
import { StartAttemptSchema, StartReviewSchema } from '@/lib/attempts/start-inputs';
import { startRetake } from '@/lib/attempts/start-retake';
import { IdFieldSchema } from '@/lib/classes/class-inputs';
import { clientIp } from '@/lib/limits/client-ip';
import { startReviewFor } from '@/lib/progress/start-review-for';

// The buttons that start (or resume) an attempt and open it, as the form posts to the start routes
// answered with a 303 to /attempts/[id]. Each states the same identity its route does.

const openAttempt = (attemptId: string): never => redirect(`/attempts/${attemptId}`);

export const startAttemptAction = defineAction(
  { auth: 'anyone', schema: StartAttemptSchema },
  async ({ user, input, db }) => {
    openAttempt(await startAttemptFor(db, { user, ip: clientIp(await headers()) }, input));
  },
);

export const startAssignmentAttemptAction = defineAction(
  { auth: 'user', schema: z.strictObject({ assignmentId: IdFieldSchema }) },
  async ({ user, input, db }) => {
    openAttempt(await startAssignmentAttempt(db, input.assignmentId, user.id));
  },
);

export const startRetakeAction = defineAction(
  { auth: { learner: 'required', orElse: attemptNotFound }, schema: z.strictObject({ attemptId: IdFieldSchema }) },
  async ({ learnerId, input, db }) => {
    openAttempt(await startRetake(db, input.attemptId, learnerId));
  },
);

export const startReviewAction = defineAction(
  { auth: { learner: 'optional' }, schema: StartReviewSchema },
  async ({ learnerId, input, db }) => {
    openAttempt(await startReviewFor(db, learnerId, input.courseId));
  },
);
