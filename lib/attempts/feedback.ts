import 'server-only';
import { WHO_SAYS_SO_CATEGORIES, type Article, type Question } from '@/lib/content/schema';
import { articleHref, parseSentenceId } from '@/lib/content/sentence-ref';
import type { EvidenceView, FeedbackView, Verdict } from './views';

// What a learner sees once a question is answered: the verdict, the right answer in words, the
// explanation, and the cited sentences shown inside their paragraphs with a link into the reader.

export function correctAnswerLines(question: Question, article: Article): string[] {
  const textOf = (options: { id: string; text: string }[], id: string) => options.find((o) => o.id === id)?.text ?? id;
  switch (question.type) {
    case 'single-choice':
      return [textOf(question.options, question.answer)];
    case 'multiple-select':
      return question.options.filter((o) => question.answer.includes(o.id)).map((o) => o.text);
    case 'true-false':
      return [question.answer ? 'True' : 'False'];
    case 'fill-blank':
      return [
        question.answer[0]!,
        ...(question.answer.length > 1 ? [`Also accepted: ${question.answer.slice(1).join(', ')}`] : []),
      ];
    case 'matching':
      return question.options.left.map(
        (l) => `${l.text} → ${textOf(question.options.right, question.answer[l.id] ?? '')}`,
      );
    case 'ordering':
      return question.answer.map((id, i) => `${i + 1}. ${textOf(question.options, id)}`);
    case 'find-evidence': {
      const sentence = article.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === question.answer);
      return [`Sentence ${parseSentenceId(question.answer)?.label ?? question.answer}: “${sentence?.text ?? ''}”`];
    }
    case 'who-says-so':
      return [WHO_SAYS_SO_CATEGORIES.find((c) => c.id === question.answer)?.text ?? question.answer];
  }
}

/** The question's evidence grouped by paragraph, each paragraph whole with its cited sentences marked. */
export function evidenceViews(question: Question, article: Article): EvidenceView[] {
  const cited = new Set(question.evidence.map((e) => e.sentence));
  return article.paragraphs.flatMap((paragraph, index) => {
    const first = paragraph.sentences.find((s) => cited.has(s.id));
    if (!first) return [];
    return [
      {
        sentenceId: first.id,
        label: parseSentenceId(first.id)?.label ?? first.id,
        href: articleHref(article.id, first.id),
        paragraph: {
          number: index + 1,
          sentences: paragraph.sentences.map((s) => ({ id: s.id, text: s.text, isCited: cited.has(s.id) })),
        },
      },
    ];
  });
}

export function buildFeedback(
  question: Question,
  article: Article,
  grade: { score: number; verdict: Verdict },
): FeedbackView {
  return {
    verdict: grade.verdict,
    score: grade.score,
    correctAnswer: correctAnswerLines(question, article),
    explanation: question.explanation,
    evidence: evidenceViews(question, article),
  };
}
