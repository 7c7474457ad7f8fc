import { describe, expect, it } from 'vitest';
import { getStorageScope } from './storage-scope';

describe('getStorageScope', () => {
  it('names each learner’s kept answers apart, the same on every visit, without writing the id itself', () => {
    const ana = getStorageScope('user-ana');
    expect(getStorageScope('user-ana')).toBe(ana);
    expect(getStorageScope('user-ben')).not.toBe(ana);
    expect(ana).not.toContain('ana');
    expect(ana).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
