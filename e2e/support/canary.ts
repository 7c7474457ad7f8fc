// The canary strings planted in the browser tests' copy of the course (scripts/make-canary-content.ts).
// Each names its question, so a leak says which question's key or explanation escaped.

export const canaryExplanation = (questionId: string) => `CANARY-EXPLANATION-${questionId}`;
export const canaryKey = (questionId: string) => `canary-key-${questionId}`;

/** Every canary that names this question (keys are planted with a numeric suffix). */
export const canaryPattern = (questionId: string) =>
  new RegExp(`(CANARY-EXPLANATION|canary-key)-${questionId}(?![0-9])`, 'i');
