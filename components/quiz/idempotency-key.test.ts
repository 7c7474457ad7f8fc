import { afterEach, expect, it, vi } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

it('makes a fresh UUID each time', () => {
  const a = newIdempotencyKey();
  expect(a).toMatch(UUID);
  expect(newIdempotencyKey()).not.toBe(a);
});

it('still makes a v4 UUID where randomUUID is missing (plain http)', () => {
  const real = globalThis.crypto;
  vi.stubGlobal('crypto', { getRandomValues: <T extends ArrayBufferView>(array: T) => real.getRandomValues(array) });
  expect(globalThis.crypto.randomUUID).toBeUndefined();
  expect(newIdempotencyKey()).toMatch(UUID);
});
