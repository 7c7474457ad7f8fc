import { describe, expect, it } from 'vitest';
import type { ContentProblem } from './check';
import { BUILT_IN_RULES, checkQuality, type QualityRules } from './quality';
import { normalizedKey } from './quality-similar';
import { contentWords, findUkSpellings, findWholeWords, GIVE_AWAY_WORDS, jaccard } from './quality-text';
import type { Question } from './schema';
import { BANK_COURSE_FILE, BANK_MODULE_FILE, BANK_RULES, bankQuestion, qualityBank } from '@/scripts/testing/content/quality-bank';

type Bank = ReturnType<typeof qualityBank>;
type Expected = { file?: string; item: string; message: RegExp };

const MODULE = BANK_MODULE_FILE;
const COURSE = BANK_COURSE_FILE;

function gate(bank: Bank, rules: Partial<QualityRules> = {}): ContentProblem[] {
  return checkQuality(bank.course, bank.article, { ...BANK_RULES, ...rules });
}

/** Asserts the gate reports exactly these problems: the bank breaks this rule and no other. */
function expectOnly(problems: ContentProblem[], expected: Expected[]) {
  expect(problems).toHaveLength(expected.length);
  for (const { file = MODULE, item, message } of expected) {
    expect(problems).toContainEqual({ file, item, message: expect.stringMatching(message) });
  }
}

/** A copy of a bank question under a new id, with some fields changed. */
function variant(bank: Bank, id: string, changes: Partial<Question> & { id: string }): Question {
  const original = bank.module.questions.find((q) => q.id === id);
  if (!original) throw new Error(`no question ${id}`);
  return { ...structuredClone(original), ...changes } as Question;
}

describe('the quality bank', () => {
  it('keeps every rule, so the rules do not fire on sound content', () => {
    expect(gate(qualityBank())).toEqual([]);
  });

  it('is too small for the built-in rules, which report only its size', () => {
    const problems = checkQuality(qualityBank().course, qualityBank().article);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.item).toMatch(/^(questions|question types|objective .+)$/);
  });
});

describe('rule 1: true/false balance', () => {
  it('reports a course whose true/false keys lean one way', () => {
    const bank = qualityBank();
    bank.module.questions.push(
      variant(bank, 'tf-twice', { id: 'tf-critics', prompt: 'Critics in Brook object to the accord.', evidence: [{ sentence: 'p2s2', quote: 'Critics in Brook claim' }] }),
    );
    expectOnly(gate(bank), [{ file: COURSE, item: 'true/false keys', message: /^2 of 3 active true\/false questions \(67%\) are keyed true; keep the share between 35% and 65%$/ }]);
  });

  it('reports a module whose true/false items are all keyed the same way', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'tf-mayor', 'true-false').answer = true;
    const problems = gate(bank, { trueShare: { min: 0, max: 1 } });
    expectOnly(problems, [{ item: 'true/false keys', message: /^all 2 active true\/false questions are keyed true: tf-twice, tf-mayor$/ }]);
  });
});

describe('rule 2: give-away words in true/false prompts', () => {
  it('reports the word found, in any case, and only in true/false prompts', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'tf-twice', 'true-false').prompt = 'The joint committee ONLY meets twice a year.';
    bankQuestion(bank.module, 'tf-mayor', 'true-false').prompt = 'It is clear that the mayor of Alden expects new quarrels.';
    bankQuestion(bank.module, 'sc-water', 'single-choice').prompt = 'What is the only thing the accord commits each town to do during a drought?';
    expectOnly(gate(bank), [
      { item: 'question tf-twice', message: /give-away word "only"$/ },
      { item: 'question tf-mayor', message: /give-away words "it is clear", "clear"$/ },
    ]);
  });

  it('matches whole words only', () => {
    expect(findWholeWords('Everyone in Brook knew it; overall, nothing is final.', GIVE_AWAY_WORDS)).toEqual([]);
    expect(findWholeWords('All-out support, certainly.', GIVE_AWAY_WORDS)).toEqual(['certainly', 'all']);
  });
});

describe('rule 3: near-duplicates', () => {
  it('does not take two true/false statements about one sentence for a repeat because both are true', () => {
    const bank = qualityBank();
    bank.module.questions.push(variant(bank, 'tf-twice', { id: 'tf-body', prompt: 'The accord sets up a body that includes members from both towns.' }));
    expect(bank.module.questions.find((q) => q.id === 'tf-body')!.evidence).toEqual(bank.module.questions.find((q) => q.id === 'tf-twice')!.evidence);
    expect(gate(bank).filter((p) => /near-duplicates/.test(p.message))).toEqual([]);
  });

  it('reports two items with the same type, key and evidence sentences', () => {
    const bank = qualityBank();
    bank.module.questions.push(
      variant(bank, 'fb-gather', { id: 'fb-annual', prompt: 'The committee comes together ___ annually.', answer: ['two times', 'twice'] }),
    );
    expectOnly(gate(bank), [{ item: 'questions fb-gather, fb-annual', message: /^near-duplicates: same type, key and evidence sentences \(p1s2\)$/ }]);
  });

  it('reports two questions whose prompts and options overlap at the threshold or more', () => {
    const bank = qualityBank();
    bank.module.questions.push({
      ...variant(bank, 'sc-water', { id: 'sc-towns', prompt: 'What does the accord commit the towns to during a drought?' }),
      type: 'single-choice',
      options: [
        { id: 'a', text: 'Build a dam' },
        { id: 'b', text: 'Share water' },
      ],
      answer: 'b',
    });
    expectOnly(gate(bank), [{ item: 'questions sc-water, sc-towns', message: /^near-duplicates: same type, key and evidence sentences \(p1s1\); content words of prompt and options overlap 0\.64 \(limit 0\.6\)$/ }]);
    // A looser threshold leaves only the key rule: both ask for "Share water" from sentence p1s1.
    expectOnly(gate(bank, { promptSimilarity: 0.9 }), [{ item: 'questions sc-water, sc-towns', message: /^near-duplicates: same type, key and evidence sentences \(p1s1\)$/ }]);
  });

  it('does not compare by overlap two questions that both ask in fewer than 4 content words', () => {
    const bank = qualityBank();
    bank.module.questions.find((q) => q.id === 'tf-twice')!.prompt = 'Committee meets twice.';
    bank.module.questions.push(variant(bank, 'tf-twice', { id: 'tf-again', prompt: 'Committee meets yearly.', evidence: [{ sentence: 'p2s1', quote: 'Analysts' }], answer: false }));
    expect(jaccard(contentWords('Committee meets twice.'), contentWords('Committee meets yearly.'))).toBeGreaterThanOrEqual(0.5);
    expect(gate(bank).filter((p) => /near-duplicates/.test(p.message))).toEqual([]);
  });

  it('compares keys by the words a student picks, not by option ids', () => {
    const bank = qualityBank();
    const water = bank.module.questions.find((q) => q.id === 'sc-water')!;
    bank.module.questions.push({
      ...variant(bank, 'sc-water', { id: 'sc-budget', prompt: 'What will the committee struggle without, according to the analysts?' }),
      type: 'single-choice',
      options: [
        { id: 'a', text: 'A budget' },
        { id: 'b', text: 'A chair' },
      ],
      answer: water.type === 'single-choice' ? water.answer : 'a',
    });
    expect(gate(bank).filter((p) => /near-duplicates/.test(p.message))).toEqual([]);
  });

  it('compares template prompts by what they ask to be matched or ordered', () => {
    const bank = qualityBank();
    const matching = bank.module.questions.find((q) => q.id === 'mt-speakers')!;
    bank.module.questions.push(
      variant(bank, 'mt-speakers', {
        id: 'mt-other',
        prompt: matching.prompt,
        evidence: [{ sentence: 'p2s1', quote: 'Analysts' }],
        options: { left: [{ id: 'x', text: 'Farmers downstream' }, { id: 'y', text: 'Fishing clubs' }], right: [{ id: 'p', text: 'Want more water' }, { id: 'q', text: 'Fear dry rivers' }] },
        answer: { x: 'p', y: 'q' },
      }),
    );
    expect(gate(bank).filter((p) => /near-duplicates/.test(p.message))).toEqual([]);
  });

  it('compares keys as sets and content words without stop words or plural s', () => {
    expect(normalizedKey({ ...bankQuestion(qualityBank().module, 'fb-gather', 'fill-blank'), answer: ['twice', 'two times'] })).toBe(
      normalizedKey({ ...bankQuestion(qualityBank().module, 'fb-gather', 'fill-blank'), answer: ['two times', 'twice'] }),
    );
    expect([...contentWords('According to the article, what do the towns’ mayors say it is?')]).toEqual(['town', 'mayor']);
  });
});

describe('rule 4: who-says-so statements are not repeated', () => {
  it('reports the same statement once case, quotes and punctuation are ignored', () => {
    const bank = qualityBank();
    bank.module.questions.push(variant(bank, 'wss-critics', { id: 'wss-again', prompt: 'the accord is better for Alden, than for Brook!', answer: 'writer' }));
    expectOnly(gate(bank), [{ item: 'questions wss-critics, wss-again', message: /^who-says-so statement repeated/ }]);
  });

  it('reports statements whose content words overlap at the threshold or more', () => {
    const bank = qualityBank();
    bank.module.questions.push(variant(bank, 'wss-critics', { id: 'wss-gains', prompt: '“Alden gains more from the accord than Brook.”', answer: 'writer' }));
    expectOnly(gate(bank), [{ item: 'questions wss-critics, wss-gains', message: /^who-says-so statements repeat: content words overlap 0\.57 \(limit 0\.5\)$/ }]);
    expect(gate(bank, { whoSaysSoSimilarity: 0.6 })).toEqual([]);
  });
});

describe('rule 5: find-evidence offers at least 3 sentences', () => {
  it('reports a paragraph with too few sentences to choose from', () => {
    const bank = qualityBank();
    Object.assign(bankQuestion(bank.module, 'fe-mayor', 'find-evidence'), {
      paragraph: 'p2',
      answer: 'p2s2',
      evidence: [{ sentence: 'p2s2', quote: 'Critics in Brook claim the accord favours Alden.' }],
    });
    expectOnly(gate(bank), [{ item: 'question fe-mayor', message: /^find-evidence paragraph p2 has 2 sentences; offer at least 3$/ }]);
  });
});

describe('rule 6: the single-choice key is not systematically the longest', () => {
  it('reports a course where too many keys are strictly the longest option', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'sc-water', 'single-choice').options[0]!.text = 'Share water during a drought';
    expectOnly(gate(bank), [{ file: COURSE, item: 'single-choice keys', message: /^the key is the longest option in 1 of 2 .* \(50%, more than 35%\): sc-water$/ }]);
  });

  it('reports a module with enough single-choice items where too many keys are the longest', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'sc-water', 'single-choice').options[0]!.text = 'Share water during a drought';
    bankQuestion(bank.module, 'sc-budget', 'single-choice').options[0]!.text = 'Analysts at the Valley Institute, who study the region';
    const problems = gate(bank, { maxLongestKeyShare: 1, minSingleChoiceForModuleShare: 2 });
    expectOnly(problems, [{ item: 'single-choice keys', message: /in 2 of 2 .* \(100%, more than 50%\): sc-water, sc-budget$/ }]);
  });

  it('does not count a key that only ties for the longest', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'sc-water', 'single-choice').options[0]!.text = '  Share water, now  ';
    expect(gate(bank, { maxLongestKeyShare: 0 })).toEqual([]);
  });
});

describe('rule 7: pools cover objectives', () => {
  it('reports an objective with too few assessment questions', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'ms-provisions', 'multiple-select').pool = 'practice';
    expectOnly(gate(bank), [{ item: 'objective accord-provisions', message: /^is tested by 1 assessment question \(needs at least 2\)$/ }]);
  });

  it('reports objectives with too few practice or active questions in all', () => {
    expectOnly(gate(qualityBank(), { minPerObjectivePerPool: 3, minPerObjective: 6 }), [
      { item: 'objective accord-provisions', message: /^is tested by 2 assessment questions \(needs at least 3\)$/ },
      { item: 'objective accord-provisions', message: /^is tested by 5 active questions \(needs at least 6\)$/ },
      { item: 'objective accord-reactions', message: /^is tested by 2 practice questions \(needs at least 3\)$/ },
      { item: 'objective accord-reactions', message: /^is tested by 5 active questions \(needs at least 6\)$/ },
    ]);
  });
});

describe('rule 8: bank size and type spread', () => {
  it('reports a module with too few active questions', () => {
    expectOnly(gate(qualityBank(), { minActivePerModule: 11 }), [{ item: 'questions', message: /^has 10 active questions \(needs at least 11\)$/ }]);
  });

  it('reports each type a module has too few of', () => {
    const singles = ['multiple-select', 'fill-blank', 'matching', 'ordering', 'find-evidence', 'who-says-so'];
    expectOnly(
      gate(qualityBank(), { minPerType: 2 }),
      singles.map((type) => ({ item: 'question types', message: new RegExp(`^has 1 active ${type} question \\(needs at least 2\\)$`) })),
    );
  });
});

describe('rule 9: one spelling variety (US)', () => {
  it('reports UK spellings in every visible text, with the US form', () => {
    const bank = qualityBank();
    const m = bank.module;
    m.summary = 'How the towns organise their defence.';
    m.objectives[0]!.text = 'Summarise what the accord commits the two towns to.';
    m.terms[0]!.definition = 'A formal agreement between two or more organisations.';
    m.lesson.sections[0]!.heading = 'Sharing water at the centre';
    m.lesson.sections[0]!.paragraphs[0]![0]!.text = 'Whose behaviour changes when a river runs low?';
    bankQuestion(m, 'sc-water', 'single-choice').explanation = 'The accord favours sharing water.';
    bankQuestion(m, 'mt-speakers', 'matching').options.right[2]!.text = 'The accord is a grey area.';
    Object.assign(bankQuestion(m, 'tf-twice', 'true-false'), { revision: 2, history: [{ revision: 2, date: '2026-01-05', note: 'We apologise: the key was wrong.' }] });
    expectOnly(gate(bank), [
      { item: 'module', message: /^UK spelling "organise" in summary; write "organize"$/ },
      { item: 'module', message: /^UK spelling "defence" in summary; write "defense"$/ },
      { item: 'objective accord-provisions', message: /^UK spelling "summarise" in text; write "summarize"$/ },
      { item: 'term Accord', message: /^UK spelling "organisations" in definition; write "organizations"$/ },
      { item: 'lesson section 1', message: /^UK spelling "centre" in heading; write "center"$/ },
      { item: 'lesson section 1 paragraph 1 sentence 1', message: /^UK spelling "behaviour" in text; write "behavior"$/ },
      { item: 'question sc-water', message: /^UK spelling "favours" in explanation; write "favors"$/ },
      { item: 'question mt-speakers', message: /^UK spelling "grey" in option unfair; write "gray"$/ },
      { item: 'question tf-twice', message: /^UK spelling "apologise" in history note \(revision 2\); write "apologize"$/ },
    ]);
  });

  it('skips evidence quotes (the article verbatim), ids, and words that are fine in US English', () => {
    const bank = qualityBank();
    expect(bankQuestion(bank.module, 'wss-critics', 'who-says-so').evidence[0]!.quote).toContain('favours');
    bankQuestion(bank.module, 'sc-water', 'single-choice').options[1]!.id = 'colour';
    expect(gate(bank)).toEqual([]);
    expect(findUkSpellings('A dialogue towards practice; the analyses agree.')).toEqual([]);
  });
});

describe('retired questions', () => {
  it('are ignored by every rule: broken items marked retired pass', () => {
    const bank = qualityBank();
    const retired = (q: Question): Question => ({ ...q, pool: 'retired' });
    bank.module.questions.push(
      retired(variant(bank, 'tf-twice', { id: 'r-tf', prompt: 'The committee only ever meets in the town centre.' })),
      retired(variant(bank, 'sc-water', { id: 'r-sc-copy' })),
      retired({
        ...variant(bank, 'sc-budget', { id: 'r-sc-long', prompt: 'Whose doubts about money does the article report?' }),
        type: 'single-choice',
        options: [
          { id: 'analysts', text: 'The analysts at the Valley Institute' },
          { id: 'mayor', text: 'The mayor' },
        ],
        answer: 'analysts',
      }),
      retired(variant(bank, 'wss-critics', { id: 'r-wss', answer: 'writer', evidence: [{ sentence: 'p2s2', quote: 'Critics' }] })),
      retired({
        ...variant(bank, 'fe-mayor', { id: 'r-fe', prompt: 'Which sentence carries a criticism?' }),
        type: 'find-evidence',
        paragraph: 'p2',
        answer: 'p2s2',
        evidence: [{ sentence: 'p2s2', quote: 'Critics in Brook claim' }],
      }),
    );
    const longest = bank.module.questions.find((q) => q.id === 'r-sc-copy');
    if (longest?.type === 'single-choice') longest.options[0]!.text = 'Share water during every drought';
    expect(gate(bank)).toEqual([]);
    // The same items active break rules 1–6 and 9, so the test above can fail.
    for (const q of bank.module.questions) if (q.id.startsWith('r-')) q.pool = 'practice';
    const broken = gate(bank).map((p) => p.message);
    for (const pattern of [/keyed true/, /give-away word "only"/, /near-duplicates/, /who-says-so statement repeated/, /paragraph p2 has 2/, /longest option/, /"centre"/]) {
      expect(broken).toContainEqual(expect.stringMatching(pattern));
    }
  });

  it('count towards no minimum', () => {
    const bank = qualityBank();
    bankQuestion(bank.module, 'ms-provisions', 'multiple-select').pool = 'retired';
    expectOnly(gate(bank), [
      { item: 'objective accord-provisions', message: /^is tested by 1 assessment question/ },
      { item: 'questions', message: /^has 9 active questions/ },
      { item: 'question types', message: /^has 0 active multiple-select questions/ },
    ]);
  });
});

describe('the built-in rules', () => {
  it('hold the thresholds the gate documents', () => {
    expect(BUILT_IN_RULES).toMatchObject({
      trueShare: { min: 0.35, max: 0.65 },
      promptSimilarity: 0.6,
      whoSaysSoSimilarity: 0.5,
      minFindEvidenceSentences: 3,
      maxLongestKeyShare: 0.35,
      maxLongestKeyShareInModule: 0.5,
      minPerObjectivePerPool: 3,
      minPerObjective: 4,
      minActivePerModule: 24,
      minPerType: 2,
    });
  });
});
