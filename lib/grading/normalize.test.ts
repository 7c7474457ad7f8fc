import { describe, expect, it } from 'vitest';
import { normalizeFreeText } from './normalize';

describe('normalizeFreeText', () => {
  it('lowercases without regard to locale', () => {
    expect(normalizeFreeText('ALLIANCE')).toBe('alliance');
    expect(normalizeFreeText('Tit-For-Tat')).toBe('tit-for-tat');
    // toLowerCase, not toLocaleLowerCase: I is i whatever the locale (in Turkish it would be ı).
    expect(normalizeFreeText('I')).toBe('i');
  });

  it('trims and collapses any run of white space to one space', () => {
    expect(normalizeFreeText('  an   alliance  ')).toBe('an alliance');
    expect(normalizeFreeText('an\t\nalliance')).toBe('an alliance');
    expect(normalizeFreeText('an\u00A0alliance')).toBe('an alliance');
    expect(normalizeFreeText('an\u00A0 \u2009\u202F\u3000alliance')).toBe('an alliance');
  });

  it('treats curly and straight quotes and apostrophes alike', () => {
    expect(normalizeFreeText('Russia’s')).toBe("russia's");
    expect(normalizeFreeText('Russia‘s')).toBe("russia's");
    expect(normalizeFreeText('the “pact” text')).toBe('the "pact" text');
  });

  it('ignores one trailing full stop, but only one', () => {
    expect(normalizeFreeText('Alliance.')).toBe('alliance');
    expect(normalizeFreeText('alliance .')).toBe('alliance');
    expect(normalizeFreeText('alliance..')).toBe('alliance.');
    expect(normalizeFreeText('U.S.')).toBe('u.s');
    expect(normalizeFreeText('.')).toBe('');
  });

  it('ignores surrounding quotation marks, inside or outside the full stop', () => {
    expect(normalizeFreeText('"alliance"')).toBe('alliance');
    expect(normalizeFreeText('“alliance”')).toBe('alliance');
    expect(normalizeFreeText("'alliance'")).toBe('alliance');
    expect(normalizeFreeText('‘alliance’')).toBe('alliance');
    expect(normalizeFreeText('“alliance.”')).toBe('alliance');
    expect(normalizeFreeText('“alliance”.')).toBe('alliance');
    expect(normalizeFreeText('“ alliance ”')).toBe('alliance');
    expect(normalizeFreeText('“alliance.”.')).toBe('alliance.');
  });

  it('keeps quotation marks that do not surround the whole answer', () => {
    expect(normalizeFreeText('"alliance')).toBe('"alliance');
    expect(normalizeFreeText('"alliance\'')).toBe('"alliance\'');
    expect(normalizeFreeText("allies'")).toBe("allies'");
    expect(normalizeFreeText('"a" and "b"')).toBe('a" and "b');
  });

  it('applies Unicode NFKC', () => {
    expect(normalizeFreeText('ＡＬＬＩＡＮＣＥ')).toBe('alliance'); // full-width letters
    expect(normalizeFreeText('ﬁve')).toBe('five'); // ligature
    expect(normalizeFreeText('cafe\u0301')).toBe('café'); // combining accent composed
    expect(normalizeFreeText('alliance．')).toBe('alliance'); // full-width full stop
  });

  it('leaves spelling alone', () => {
    expect(normalizeFreeText('allianc')).toBe('allianc');
    expect(normalizeFreeText('tit for tat')).not.toBe(normalizeFreeText('tit-for-tat'));
  });

  it('makes blank text empty', () => {
    expect(normalizeFreeText('')).toBe('');
    expect(normalizeFreeText(' \u00A0\t ')).toBe('');
    expect(normalizeFreeText('""')).toBe('');
  });
});
