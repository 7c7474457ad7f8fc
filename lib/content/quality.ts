import type { ContentProblem } from './check';
import { checkNearDuplicates, checkWhoSaysSoRepeats } from './quality-similar';
import { checkSpelling } from './quality-spelling';
import { findWholeWords, GIVE_AWAY_WORDS } from './quality-text';
import { QUESTION_TYPES, type Article, type Course, type Module, type Question } from './schema';

// The question-bank quality gate: rules about a whole bank (balance, repetition, size, spelling)
// that a structurally valid course can still break. It runs after checkCourse, apart from it,
// because the rules only make sense at bank size; checkCourse's small fixture course would fail
// them. Every threshold is a field of QualityRules, so a course that is not a file (a teacher's,
// stored as rows) can be held to its own.
//
// Every rule looks only at active questions (pool practice or assessment); a retired question is
// never drawn again, so it neither breaks a rule nor counts towards a minimum. That every active
// question has a pool at all is the schema's job (`pool` is required), not a rule here.

export type QualityRules = {
  /** Course-wide share of active true/false questions keyed `true`, inclusive bounds. */
  trueShare: { min: number; max: number };
  /** A module with at least this many active true/false questions must key both ways. */
  minTrueFalseForModuleBalance: number;
  /** Words and phrases no true/false prompt may use. */
  giveAwayWords: readonly string[];
  /** Two prompts whose content words overlap (Jaccard) at least this much are near-duplicates. */
  promptSimilarity: number;
  /** Pairs where both prompts have fewer content words than this are not compared by overlap. */
  minContentWordsToCompare: number;
  /** Two who-says-so statements overlapping at least this much repeat each other. */
  whoSaysSoSimilarity: number;
  /** A find-evidence paragraph offers at least this many sentences. */
  minFindEvidenceSentences: number;
  /** Share of single-choice questions whose key is strictly the longest option, course-wide. */
  maxLongestKeyShare: number;
  /** The same share within one module, checked when it has `minSingleChoiceForModuleShare` of them. */
  maxLongestKeyShareInModule: number;
  minSingleChoiceForModuleShare: number;
  /** Per module and objective: active questions in each of the practice and assessment pools. */
  minPerObjectivePerPool: number;
  /** Per module and objective: active questions in all. */
  minPerObjective: number;
  /** Active questions per module. */
  minActivePerModule: number;
  /** Active questions of each of the eight types per module. */
  minPerType: number;
};

export const BUILT_IN_RULES: QualityRules = {
  trueShare: { min: 0.35, max: 0.65 },
  minTrueFalseForModuleBalance: 2,
  giveAwayWords: GIVE_AWAY_WORDS,
  promptSimilarity: 0.6,
  minContentWordsToCompare: 4,
  whoSaysSoSimilarity: 0.5,
  minFindEvidenceSentences: 3,
  maxLongestKeyShare: 0.35,
  maxLongestKeyShareInModule: 0.5,
  minSingleChoiceForModuleShare: 4,
  minPerObjectivePerPool: 3,
  minPerObjective: 4,
  minActivePerModule: 24,
  minPerType: 2,
};

/** A module with the file it is reported under and its active questions. */
export type BankModule = { file: string; module: Module; active: Question[] };

/** Every way the course's question bank breaks the rules; empty when it keeps them all. */
export function checkQuality(course: Course, article: Article, rules: QualityRules = BUILT_IN_RULES): ContentProblem[] {
  // Files are named as checkCourse names them: relative to the content folder.
  const courseFile = `courses/${course.id}/course.json`;
  const modules: BankModule[] = course.moduleList.map((module, i) => ({
    file: `courses/${course.id}/${course.modules[i] ?? `${module.id}.json`}`,
    module,
    active: module.questions.filter((q) => q.pool !== 'retired'),
  }));
  return [
    ...checkTrueFalseBalance(modules, courseFile, rules),
    ...checkGiveAwayWords(modules, rules),
    ...checkNearDuplicates(modules, rules),
    ...checkWhoSaysSoRepeats(modules, rules),
    ...checkFindEvidenceChoices(modules, article, rules),
    ...checkLongestKeys(modules, courseFile, rules),
    ...checkObjectiveCoverage(modules, rules),
    ...checkBankSize(modules, rules),
    ...checkSpelling(modules),
  ];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const ids = (questions: Question[]) => questions.map((q) => q.id).join(', ');
const questionCount = (count: number, kind: string) => `${count} ${kind} question${count === 1 ? '' : 's'}`;

function checkTrueFalseBalance(modules: BankModule[], courseFile: string, rules: QualityRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const all = modules.flatMap((m) => m.active).filter((q) => q.type === 'true-false');
  const keyedTrue = all.filter((q) => q.answer).length;
  const share = keyedTrue / all.length;
  if (all.length > 0 && (share < rules.trueShare.min || share > rules.trueShare.max)) {
    problems.push({
      file: courseFile,
      item: 'true/false keys',
      message: `${keyedTrue} of ${all.length} active true/false questions (${percent(share)}) are keyed true; keep the share between ${percent(rules.trueShare.min)} and ${percent(rules.trueShare.max)}`,
    });
  }
  for (const { file, active } of modules) {
    const items = active.filter((q) => q.type === 'true-false');
    const keys = new Set(items.map((q) => q.answer));
    if (items.length >= rules.minTrueFalseForModuleBalance && keys.size === 1) {
      problems.push({
        file,
        item: 'true/false keys',
        message: `all ${items.length} active true/false questions are keyed ${String(items[0]!.answer)}: ${ids(items)}`,
      });
    }
  }
  return problems;
}

function checkGiveAwayWords(modules: BankModule[], rules: QualityRules): ContentProblem[] {
  return modules.flatMap(({ file, active }) =>
    active.flatMap((q) => {
      const words = q.type === 'true-false' ? findWholeWords(q.prompt, rules.giveAwayWords) : [];
      if (words.length === 0) return [];
      const list = words.map((w) => `"${w}"`).join(', ');
      return [{ file, item: `question ${q.id}`, message: `true/false prompt uses the give-away word${words.length > 1 ? 's' : ''} ${list}` }];
    }),
  );
}

function checkFindEvidenceChoices(modules: BankModule[], article: Article, rules: QualityRules): ContentProblem[] {
  const sizes = new Map(article.paragraphs.map((p) => [p.id, p.sentences.length]));
  return modules.flatMap(({ file, active }) =>
    active.flatMap((q) => {
      if (q.type !== 'find-evidence') return [];
      const size = sizes.get(q.paragraph) ?? 0;
      if (size >= rules.minFindEvidenceSentences) return [];
      return [{ file, item: `question ${q.id}`, message: `find-evidence paragraph ${q.paragraph} has ${size} sentence${size === 1 ? '' : 's'}; offer at least ${rules.minFindEvidenceSentences}` }];
    }),
  );
}

/** Single-choice questions whose key is strictly longer (trimmed) than every other option. */
function longestKeyed(questions: Question[]): { all: Question[]; longest: Question[] } {
  const all = questions.filter((q) => q.type === 'single-choice');
  const longest = all.filter((q) => {
    const key = q.options.find((o) => o.id === q.answer)?.text.trim().length ?? 0;
    return q.options.every((o) => o.id === q.answer || o.text.trim().length < key);
  });
  return { all, longest };
}

function checkLongestKeys(modules: BankModule[], courseFile: string, rules: QualityRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, questions: Question[], max: number) => {
    const { all, longest } = longestKeyed(questions);
    const share = longest.length / all.length;
    if (all.length === 0 || share <= max) return;
    problems.push({
      file,
      item: 'single-choice keys',
      message: `the key is the longest option in ${longest.length} of ${all.length} active single-choice questions (${percent(share)}, more than ${percent(max)}): ${ids(longest)}`,
    });
  };
  report(courseFile, modules.flatMap((m) => m.active), rules.maxLongestKeyShare);
  for (const { file, active } of modules) {
    if (longestKeyed(active).all.length >= rules.minSingleChoiceForModuleShare) report(file, active, rules.maxLongestKeyShareInModule);
  }
  return problems;
}

function checkObjectiveCoverage(modules: BankModule[], rules: QualityRules): ContentProblem[] {
  return modules.flatMap(({ file, module, active }) =>
    module.objectives.flatMap((objective) => {
      const testing = active.filter((q) => q.objective === objective.id);
      const counts = [
        { what: 'practice', count: testing.filter((q) => q.pool === 'practice').length, min: rules.minPerObjectivePerPool },
        { what: 'assessment', count: testing.filter((q) => q.pool === 'assessment').length, min: rules.minPerObjectivePerPool },
        { what: 'active', count: testing.length, min: rules.minPerObjective },
      ];
      return counts
        .filter((c) => c.count < c.min)
        .map((c) => ({ file, item: `objective ${objective.id}`, message: `is tested by ${questionCount(c.count, c.what)} (needs at least ${c.min})` }));
    }),
  );
}

function checkBankSize(modules: BankModule[], rules: QualityRules): ContentProblem[] {
  return modules.flatMap(({ file, active }) => {
    const problems: ContentProblem[] = [];
    if (active.length < rules.minActivePerModule) {
      problems.push({ file, item: 'questions', message: `has ${questionCount(active.length, 'active')} (needs at least ${rules.minActivePerModule})` });
    }
    for (const type of QUESTION_TYPES) {
      const count = active.filter((q) => q.type === type).length;
      if (count < rules.minPerType) {
        problems.push({ file, item: 'question types', message: `has ${questionCount(count, `active ${type}`)} (needs at least ${rules.minPerType})` });
      }
    }
    return problems;
  });
}
