import { describe, expect, it } from 'vitest';
import type { LessonSentence } from '@/lib/content/schema';
import { countCitationMarks, mergeCitations } from './merge-citations';

const claim = (...ids: string[]): LessonSentence => ({
  text: `Claim citing ${ids.join(' and ')}.`,
  evidence: ids.map((id) => ({ sentence: id, quote: `quote from ${id}` })),
});
const framing: LessonSentence = { text: 'Why does this matter?', kind: 'framing' };

describe('mergeCitations', () => {
  it('gives consecutive claims citing one sentence a single mark after the last of them', () => {
    const marks = mergeCitations([claim('p3s2'), claim('p3s2'), claim('p3s2'), claim('p3s2')]);
    expect(marks.map((m) => m.map((x) => x.sentence))).toEqual([[], [], [], ['p3s2']]);
    expect(marks[3]![0]!.covers).toBe(4);
  });

  it('keeps a mark for each different sentence, and a repeat inside one claim once', () => {
    const marks = mergeCitations([claim('p1s1', 'p2s3', 'p1s1'), claim('p2s3'), claim('p4s1')]);
    expect(marks.map((m) => m.map((x) => `${x.sentence}×${x.covers}`))).toEqual([['p1s1×1'], ['p2s3×2'], ['p4s1×1']]);
  });

  it('starts again after a sentence that is not a claim, so no mark seems to back it', () => {
    const marks = mergeCitations([claim('p4s1'), framing, claim('p4s1'), claim('p4s1')]);
    expect(marks.map((m) => m.map((x) => x.sentence))).toEqual([['p4s1'], [], [], ['p4s1']]);
  });

  it('keeps the longest quote of a run for the tooltip', () => {
    const short = { text: 'A.', evidence: [{ sentence: 'p1s1', quote: 'short' }] };
    const long = { text: 'B.', evidence: [{ sentence: 'p1s1', quote: 'a much longer quote' }] };
    expect(mergeCitations([long, short])[1]![0]!.quote).toBe('a much longer quote');
  });

  it('counts tab stops before and after merging', () => {
    const paragraph = [claim('p3s2'), claim('p3s2'), claim('p3s2', 'p5s1'), framing];
    expect(countCitationMarks(paragraph, false)).toBe(4);
    expect(countCitationMarks(paragraph, true)).toBe(2);
  });
});
