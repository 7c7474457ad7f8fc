import { describe, expect, it } from 'vitest';
import { describeClaimNotice, encodeClaimNotice, parseClaimNotice } from './claim-notice';

describe('claim notice', () => {
  it('round-trips what was moved and says it in words', () => {
    const notice = parseClaimNotice(encodeClaimNotice({ attempts: 2, lessons: 1 }));
    expect(notice).toEqual({ attempts: 2, lessons: 1 });
    expect(describeClaimNotice(notice!)).toBe(
      'Your progress as a guest is now in your account: 2 quiz or practice attempts and 1 lesson read.',
    );
    expect(describeClaimNotice({ attempts: 0, lessons: 3 })).toBe(
      'Your progress as a guest is now in your account: 3 lessons read.',
    );
  });

  it('says nothing when nothing moved or the cookie is not one it wrote', () => {
    expect(encodeClaimNotice({ attempts: 0, lessons: 0 })).toBeUndefined();
    for (const value of [undefined, '', '0.0', '1', 'a.b', '1.2.3', '-1.2', '1234567.1'])
      expect(parseClaimNotice(value)).toBeUndefined();
  });
});
