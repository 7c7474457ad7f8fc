import { describe, expect, it } from 'vitest';
import { gradeFillBlank } from './fill-blank';
import { question } from '@/scripts/testing/grading/question';

const q = question('fill-blank', { answer: ['alliance', 'an alliance', 'alliance-level'] });
const grade = (text: string) => gradeFillBlank(q, { type: 'fill-blank', text });
const RIGHT = { score: 1, isCorrect: true };
const WRONG = { score: 0, isCorrect: false };

describe('gradeFillBlank', () => {
  it('accepts the first accepted variant and every other one', () => {
    expect(grade('alliance')).toEqual(RIGHT);
    expect(grade('an alliance')).toEqual(RIGHT);
    expect(grade('alliance-level')).toEqual(RIGHT);
  });

  it('ignores case', () => {
    expect(grade('Alliance')).toEqual(RIGHT);
    expect(grade('AN ALLIANCE')).toEqual(RIGHT);
  });

  it('ignores extra spacing, including no-break spaces', () => {
    expect(grade('  alliance ')).toEqual(RIGHT);
    expect(grade('an    alliance')).toEqual(RIGHT);
    expect(grade('an\u00A0alliance')).toEqual(RIGHT);
    expect(grade('\u00A0an\u00A0\u00A0alliance\u00A0')).toEqual(RIGHT);
  });

  it('ignores a trailing full stop and surrounding quotation marks', () => {
    expect(grade('alliance.')).toEqual(RIGHT);
    expect(grade('An alliance.')).toEqual(RIGHT);
    expect(grade('"alliance"')).toEqual(RIGHT);
    expect(grade('“Alliance.”')).toEqual(RIGHT);
  });

  it('treats curly and straight apostrophes alike, whichever the author typed', () => {
    const straight = question('fill-blank', { answer: ["Russia's"] });
    const curly = question('fill-blank', { answer: ['Russia’s'] });
    for (const key of [straight, curly]) {
      expect(gradeFillBlank(key, { type: 'fill-blank', text: 'Russia’s' })).toEqual(RIGHT);
      expect(gradeFillBlank(key, { type: 'fill-blank', text: "russia's" })).toEqual(RIGHT);
      expect(gradeFillBlank(key, { type: 'fill-blank', text: 'Russias' })).toEqual(WRONG);
    }
  });

  it('normalises the accepted variants too', () => {
    const messy = question('fill-blank', { answer: ['  Tit-for-Tat.'] });
    expect(gradeFillBlank(messy, { type: 'fill-blank', text: 'tit-for-tat' })).toEqual(RIGHT);
  });

  it('does no fuzzy matching: a near miss is wrong', () => {
    expect(grade('allianc')).toEqual(WRONG);
    expect(grade('alliances')).toEqual(WRONG);
    expect(grade('aliance')).toEqual(WRONG);
    expect(grade('alliance level')).toEqual(WRONG); // not listed; only "alliance-level" is
    expect(grade('an alliance of two')).toEqual(WRONG);
    expect(grade('alliance..')).toEqual(WRONG);
  });

  it('is wrong for empty or blank text', () => {
    expect(grade('')).toEqual(WRONG);
    expect(grade('   ')).toEqual(WRONG);
    expect(grade('\u00A0\t\n')).toEqual(WRONG);
    expect(grade('.')).toEqual(WRONG);
    expect(grade('""')).toEqual(WRONG);
  });

  it('does not match an empty answer against a variant that normalises to nothing', () => {
    const odd = question('fill-blank', { answer: ['.', 'alliance'] });
    expect(gradeFillBlank(odd, { type: 'fill-blank', text: '' })).toEqual(WRONG);
    expect(gradeFillBlank(odd, { type: 'fill-blank', text: '.' })).toEqual(WRONG);
  });
});
