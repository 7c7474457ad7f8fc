import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName } from './clean-name';

describe('cleanName', () => {
  it.each([
    ['Ana\u202Ecod.exe', 'Anacod.exe'],
    ['\u2066Ben\u2069 \u202AStudent\u202C', 'Ben Student'],
    ['Ch\u200Bloé\u200D', 'Chloé'],
    ['Chloe\u0301', 'Chloé'],
    ['  Dara\t\nStudent\u0000 ', 'Dara Student'],
    ['\uFEFFEli\u00AD', 'Eli'],
    ['\u3164', ''],
    ['\u200F\u200E\u061C', ''],
    ['李小龍', '李小龍'],
    ['Zoë O’Brien-Smith', 'Zoë O’Brien-Smith'],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it('leaves nothing invisible, nothing that reorders text, and is stable', () => {
    const invisibles = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u0000',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u2028',
    ];
    const nameArb = fc.oneof(
      fc.string({ unit: fc.constantFrom(...invisibles, 'a', 'é', 'e\u0301', ' ', '\u00a0', '李'), maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(nameArb, (input) => {
        const name = cleanName(input);
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2028\u2029]/u);
        expect(name).toBe(name.normalize('NFC'));
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/\s\s|[^\S ]/);
        expect(cleanName(name)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });
});
