import type { EvidenceView, FeedbackView, LookAtView, QuestionView } from '@/lib/attempts/views';
import type { ReaderHighlight } from './article-reader';

/**
 * Where the article panel opens for a question: only at what this student has already been shown
 * on screen for it. The review rules (lib/assignments/disclosure.ts) decide what the feedback
 * holds; the panel never adds to it. So it opens at the paragraph of "Read this again" (a first
 * wrong try in practice) or of the feedback's evidence, and at the paragraph a find-evidence
 * question names in its own words; before that, at the top of the article. Opening an unanswered
 * question at its evidence would tell the student where the answer is.
 */
export type PanelTarget = ReaderHighlight | undefined;

export function lookAtTarget(lookAt: LookAtView[]): PanelTarget {
  if (lookAt.length === 0) return undefined;
  return { paragraphs: lookAt.map((p) => p.number), citedIds: [], label: 'The paragraph to read again' };
}

export function evidenceTarget(evidence: EvidenceView[]): PanelTarget {
  if (evidence.length === 0) return undefined;
  return {
    paragraphs: [...new Set(evidence.map((e) => e.paragraph.number))],
    citedIds: evidence.flatMap((e) => e.paragraph.sentences.filter((s) => s.isCited).map((s) => s.id)),
    label: 'Cited in the feedback',
  };
}

/**
 * The target for a question, given the feedback shown with it now (undefined while unanswered or
 * while trying again) and the paragraphs to read again that are on screen.
 */
export function disclosedTarget(
  question: QuestionView,
  feedbackOnScreen: FeedbackView | undefined,
  lookAtOnScreen: LookAtView[] | undefined,
): PanelTarget {
  const shown = feedbackOnScreen?.evidence.length
    ? evidenceTarget(feedbackOnScreen.evidence)
    : lookAtTarget(feedbackOnScreen?.lookAt ?? lookAtOnScreen ?? []);
  if (shown) return shown;
  if (question.type === 'find-evidence')
    return { paragraphs: [question.paragraphNumber], citedIds: [], label: 'The paragraph this question is about' };
  return undefined;
}
