import { describe, expect, it } from 'vitest';
import { RATE_KEY, loadRate, rateLabel, saveRate, toRate } from './rate';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('reading speed', () => {
  it('is remembered: what is saved is what the next page loads', () => {
    const storage = memoryStorage();
    expect(loadRate(storage)).toBe(1);
    saveRate(storage, 1.25);
    expect(storage.getItem(RATE_KEY)).toBe('1.25');
    expect(loadRate(storage)).toBe(1.25);
    saveRate(storage, 0.75);
    expect(loadRate(storage)).toBe(0.75);
  });

  it('falls back to 1× for anything that is not one of the steps', () => {
    for (const stored of ['3', '0', '', 'fast', '1.1', 'NaN', ' '])
      expect(loadRate(memoryStorage({ [RATE_KEY]: stored })), stored).toBe(1);
    expect(toRate('1.5')).toBe(1.5);
    expect(toRate(1.5)).toBe(1.5);
    expect(toRate('')).toBeUndefined();
  });

  it('copes with storage that throws or is missing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadRate(throwing)).toBe(1);
    expect(() => saveRate(throwing, 1.5)).not.toThrow();
    expect(loadRate(undefined)).toBe(1);
    expect(() => saveRate(undefined, 1.5)).not.toThrow();
  });

  it('is labelled the way people say it', () => {
    expect([0.75, 1, 1.25, 1.5].map((r) => rateLabel(r as never))).toEqual(['0.75×', '1×', '1.25×', '1.5×']);
  });
});
