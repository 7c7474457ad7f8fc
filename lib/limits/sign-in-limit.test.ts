import { describe, expect, it, vi } from 'vitest';
import { LIMIT_STORES, unique, useLimitStore } from '@/scripts/testing/limits/stores';
import { reserveSignIn } from './sign-in-limit';

// The sign-in lockout on each store: 20 failures in a row block the account from every address
// for the cool-down, a success resets it, 100 failures from one address block that address.

async function fail(db: Parameters<typeof reserveSignIn>[0], email: string, ip: string | undefined, times: number) {
  for (let i = 0; i < times; i++) {
    const gate = await reserveSignIn(db, email, ip);
    expect(gate.retryAfterSeconds).toBe(0);
    await gate.settle(false);
  }
}

for (const store of LIMIT_STORES) {
  const unavailable = await store.unavailable();
  describe.skipIf(unavailable !== undefined)(`sign-in limit on ${store.name}`, () => {
    const freshDb = useLimitStore(store);
    it('blocks an account after 20 failures in a row, from any address, for the cool-down; another account is unaffected', async () => {
      const db = await freshDb();
      const email = `${unique('victim')}@example.org`;
      await fail(db, email, '10.0.0.1', 20);
      const blocked = await reserveSignIn(db, email, '10.0.0.2');
      expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      expect((await reserveSignIn(db, `${unique('other')}@example.org`, '10.0.0.1')).retryAfterSeconds).toBe(0);
    });

    it('a success resets the count, so only failures in a row count', async () => {
      const db = await freshDb();
      const email = `${unique('forgetful')}@example.org`;
      await fail(db, email, undefined, 19);
      await (await reserveSignIn(db, email, undefined)).settle(true);
      await fail(db, email, undefined, 19);
      expect((await reserveSignIn(db, email, undefined)).retryAfterSeconds).toBe(0);
    });

    it('lets the account try again once the cool-down is over', async () => {
      vi.stubEnv('SIGN_IN_COOLDOWN_SECONDS', '1');
      const db = await freshDb();
      const email = `${unique('patient')}@example.org`;
      await fail(db, email, undefined, 20);
      expect((await reserveSignIn(db, email, undefined)).retryAfterSeconds).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await reserveSignIn(db, email, undefined)).retryAfterSeconds).toBe(0);
    });

    it('lets at most 20 of many concurrent guesses through, so a burst cannot outrun the count', async () => {
      const db = await freshDb();
      const email = `${unique('burst')}@example.org`;
      const gates = await Promise.all(Array.from({ length: 35 }, () => reserveSignIn(db, email, undefined)));
      expect(gates.filter((g) => g.retryAfterSeconds === 0)).toHaveLength(20);
    });

    it('blocks an address after 100 failures across accounts, only that address, and not the accounts elsewhere', async () => {
      const db = await freshDb();
      const ip = unique('10.1.1.1');
      for (let i = 0; i < 100; i++)
        await (await reserveSignIn(db, `${unique(`user${i}`)}@example.org`, ip)).settle(false);
      const fresh = `${unique('fresh')}@example.org`;
      expect((await reserveSignIn(db, fresh, ip)).retryAfterSeconds).toBeGreaterThan(0);
      expect((await reserveSignIn(db, fresh, unique('10.2.2.2'))).retryAfterSeconds).toBe(0);
      // Without a known address only the account limit applies.
      expect((await reserveSignIn(db, `${unique('fresh')}@example.org`, undefined)).retryAfterSeconds).toBe(0);
    });
  });
}
