import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { LIMIT_STORES, unique, useLimitStore } from '@/scripts/testing/limits/stores';
import { runWithSignInDecision } from './sign-in-decision';
import { addStudentsByName } from '@/lib/classes/add-students-by-name';
import { createClass } from '@/lib/classes/create-class';
import { createUser } from './users';

// next-auth's credentials check itself (authorize) on a real database and store: the lockout is
// applied to the email it looks up, in every spelling, and while blocked no password is verified.

const state = vi.hoisted(() => ({ db: undefined as Kysely<Database> | undefined, verified: 0 }));
vi.mock('@/lib/db', () => ({ getDb: async () => state.db! }));
vi.mock('./password', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password')>();
  return {
    ...real,
    verifyPassword: async (...args: Parameters<typeof real.verifyPassword>) => {
      state.verified++;
      return real.verifyPassword(...args);
    },
  };
});

const { authOptions } = await import('./options');
const authorize = (credentials: Record<string, string>) => {
  const provider = authOptions().providers.find((p) => p.id === 'credentials') as unknown as {
    options: { authorize: (credentials: unknown, req: unknown) => Promise<{ id: string } | null> };
  };
  return runWithSignInDecision(() => provider.options.authorize(credentials, { headers: {} }));
};

for (const store of LIMIT_STORES) {
  const unavailable = await store.unavailable();
  describe.skipIf(unavailable !== undefined)(`sign-in lockout in authorize on ${store.name}`, () => {
    const freshDb = useLimitStore(store);
    beforeEach(async () => {
      state.db = await freshDb();
      state.verified = 0;
    });

    it('[attacker] failures in any spelling of the email count against one account; blocked, even the right password is not verified', async () => {
      const local = unique('ana');
      const password = 'the right password';
      const user = await createUser(state.db!, {
        name: 'Ana',
        email: `${local}@example.org`,
        password,
        role: 'student',
      });
      const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      const spellings = [
        `${local.toUpperCase()}@EXAMPLE.ORG`,
        ` ${local}@example.org `,
        fullwidth(`${local}@example.org`),
        `\u3000${local}@Example.org`,
      ];
      for (let i = 0; i < 20; i++) {
        const { result, decision } = await authorize({
          email: spellings[i % spellings.length]!,
          password: `guess ${i}`,
        });
        expect(result).toBeNull();
        expect(decision.retryAfterSeconds).toBe(0);
      }
      expect(state.verified).toBe(20);
      for (const email of [user.email, ...spellings]) {
        const { result, decision } = await authorize({ email, password });
        expect(result).toBeNull();
        expect(decision.retryAfterSeconds).toBeGreaterThan(0);
      }
      expect(state.verified).toBe(20);
    });

    it('[student] the right password in another spelling signs in before any block', async () => {
      const user = await createUser(state.db!, {
        name: 'Ben',
        email: `${unique('ben')}@example.org`,
        password: 'bens password',
        role: 'student',
      });
      const { result } = await authorize({ email: ` ${user.email.toUpperCase()}`, password: 'bens password' });
      expect(result?.id).toBe(user.id);
    });

    // Students without email sign in with the username and personal code on their card, through
    // this same check: the same lockout, counted on the username however it is typed.
    async function studentWithCard() {
      const teacher = await createUser(state.db!, {
        name: 'Alma',
        email: `${unique('alma')}@example.org`,
        password: null,
        role: 'teacher',
      });
      const klass = await createClass(state.db!, teacher.id, 'Year 9');
      const [card] = await addStudentsByName(state.db!, teacher.id, klass.id, [
        // On Redis the lockout's keys outlive the test: a username of its own (the first 20 letters count).
        `${unique('maya').replaceAll('-', '')} Kowalski`,
      ]);
      return card!;
    }

    it("[student] a sign-in card's username and personal code sign in, typed in any case, with or without the dash", async () => {
      const card = await studentWithCard();
      const loose = card.personalCode.toLowerCase().replace('-', ' ');
      const { result } = await authorize({ email: ` ${card.username.toUpperCase()} `, password: loose });
      expect(result?.id).toBe(card.studentId);
      const { result: wrong } = await authorize({ email: card.username, password: 'ABCD-EFGH' });
      expect(wrong).toBeNull();
    });

    it('[attacker] 20 wrong personal codes block a username as they block an email; blocked, the right code is not verified', async () => {
      const card = await studentWithCard();
      const spellings = [card.username, card.username.toUpperCase(), ` ${card.username}`];
      for (let i = 0; i < 20; i++) {
        const { result, decision } = await authorize({ email: spellings[i % 3]!, password: `WRONG-${i}` });
        expect(result).toBeNull();
        expect(decision.retryAfterSeconds).toBe(0);
      }
      const verified = state.verified;
      const { result, decision } = await authorize({ email: card.username, password: card.personalCode });
      expect(result).toBeNull();
      expect(decision.retryAfterSeconds).toBeGreaterThan(0);
      expect(state.verified).toBe(verified);
    });
  });
}
