import type { ContentProblem } from './check';
import type { BankModule, QualityRules } from './quality';
import { contentWords, jaccard, normalizeStatement } from './quality-text';
import type { Question } from './schema';

// The gate's repetition rules: two active questions anywhere in the course that ask the same thing,
// and two who-says-so questions that classify the same statement. A bank of a few hundred questions
// is compared pair by pair; that is tens of thousands of set comparisons, well under a second.

type Entry = { file: string; question: Question; words: Set<string> };

/**
 * What a question asks, as words: its prompt and its options' texts. Options count because
 * template prompts ("Put these points in the order paragraph 2 gives them") say little on their
 * own: two such items differ by what they ask to be ordered or matched.
 */
function askedText(question: Question): string {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
    case 'ordering':
      return [question.prompt, ...question.options.map((o) => o.text)].join(' ');
    case 'matching':
      return [question.prompt, ...question.options.left.map((o) => o.text), ...question.options.right.map((o) => o.text)].join(' ');
    default:
      return question.prompt;
  }
}

function entriesOf(modules: BankModule[]): Entry[] {
  return modules.flatMap(({ file, active }) => active.map((question) => ({ file, question, words: contentWords(askedText(question)) })));
}

/**
 * The answer as one comparable string, in the words a student picks (option ids like "b" mean
 * nothing across questions): arrays sorted, a matching key's pairs sorted.
 */
export function normalizedKey(question: Question): string {
  const textOf = (options: readonly { id: string; text: string }[], id: string) => (options.find((o) => o.id === id)?.text ?? id).trim().toLowerCase();
  switch (question.type) {
    case 'single-choice':
      return JSON.stringify(textOf(question.options, question.answer));
    case 'multiple-select':
    case 'ordering':
      return JSON.stringify(question.answer.map((id) => textOf(question.options, id)).sort());
    case 'matching':
      return JSON.stringify(
        Object.entries(question.answer)
          .map(([l, r]) => [textOf(question.options.left, l), textOf(question.options.right, r)])
          .sort(([a], [b]) => a!.localeCompare(b!)),
      );
    case 'fill-blank':
      return JSON.stringify([...question.answer].sort());
    default:
      return JSON.stringify(question.answer);
  }
}

const evidenceSet = (q: Question) => JSON.stringify([...new Set(q.evidence.map((e) => e.sentence))].sort());

/** Names a pair by the later question's file; the earlier one's file too when it differs. */
function pairProblem(a: Entry, b: Entry, message: string): ContentProblem {
  const elsewhere = a.file === b.file ? '' : ` (${a.question.id} is in ${a.file})`;
  return { file: b.file, item: `questions ${a.question.id}, ${b.question.id}`, message: message + elsewhere };
}

/**
 * Types whose key is one of a handful of values (true or false; four categories): two different
 * statements about one sentence share a key by chance, so only their words can tell a repeat.
 */
const SMALL_KEY_TYPES: ReadonlySet<Question['type']> = new Set(['true-false', 'who-says-so']);

/**
 * Near-duplicates: the same type, key and evidence sentences (not for SMALL_KEY_TYPES), or prompts-with-options whose content
 * words overlap by `promptSimilarity` or more. Two who-says-so prompts are left to the stricter
 * who-says-so rule, and pairs of short prompts (both under `minContentWordsToCompare` words) to the
 * key rule, since a few shared words is all two short prompts have.
 */
export function checkNearDuplicates(modules: BankModule[], rules: QualityRules): ContentProblem[] {
  const entries = entriesOf(modules);
  const problems: ContentProblem[] = [];
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      const reasons: string[] = [];
      const qa = a.question;
      const qb = b.question;
      if (qa.type === qb.type && !SMALL_KEY_TYPES.has(qa.type) && normalizedKey(qa) === normalizedKey(qb) && evidenceSet(qa) === evidenceSet(qb)) {
        reasons.push(`same type, key and evidence sentences (${[...new Set(qa.evidence.map((e) => e.sentence))].join(', ')})`);
      }
      const isShortPair = a.words.size < rules.minContentWordsToCompare && b.words.size < rules.minContentWordsToCompare;
      const isWhoSaysSoPair = qa.type === 'who-says-so' && qb.type === 'who-says-so';
      const overlap = jaccard(a.words, b.words);
      if (!isShortPair && !isWhoSaysSoPair && overlap >= rules.promptSimilarity) {
        reasons.push(`content words of prompt and options overlap ${overlap.toFixed(2)} (limit ${rules.promptSimilarity})`);
      }
      if (reasons.length > 0) problems.push(pairProblem(a, b, `near-duplicates: ${reasons.join('; ')}`));
    }
  });
  return problems;
}

/** Who-says-so statements equal once normalised, or overlapping by `whoSaysSoSimilarity` or more. */
export function checkWhoSaysSoRepeats(modules: BankModule[], rules: QualityRules): ContentProblem[] {
  const entries = entriesOf(modules).filter((e) => e.question.type === 'who-says-so');
  const problems: ContentProblem[] = [];
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      const overlap = jaccard(a.words, b.words);
      if (normalizeStatement(a.question.prompt) === normalizeStatement(b.question.prompt)) {
        problems.push(pairProblem(a, b, 'who-says-so statement repeated: the same words once case and punctuation are ignored'));
      } else if (overlap >= rules.whoSaysSoSimilarity) {
        problems.push(pairProblem(a, b, `who-says-so statements repeat: content words overlap ${overlap.toFixed(2)} (limit ${rules.whoSaysSoSimilarity})`));
      }
    }
  });
  return problems;
}
