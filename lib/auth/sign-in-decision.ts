import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// How a refusal decided inside next-auth's credentials check (authorize) reaches the route as a 429.
// next-auth answers every failed authorize alike (401 with ?error=CredentialsSignin, or a redirect
// carrying a thrown error's message), so the route cannot tell "blocked" from "wrong password" by
// what next-auth returns without parsing its redirect URLs. Instead the route runs next-auth inside
// a store and authorize writes its decision there: a number, not a string round-tripped through a
// URL, and authorize still returns null, so next-auth issues no session whatever the route does.

export type SignInDecision = { retryAfterSeconds: number };

const storage = new AsyncLocalStorage<SignInDecision>();

/** Runs next-auth with a place for authorize's decision; the decision is read after it returns. */
export async function runWithSignInDecision<T>(
  run: () => Promise<T>,
): Promise<{ result: T; decision: SignInDecision }> {
  const decision: SignInDecision = { retryAfterSeconds: 0 };
  const result = await storage.run(decision, run);
  return { result, decision };
}

/** Called by authorize when the sign-in is refused for too many attempts. */
export function recordSignInBlocked(retryAfterSeconds: number): void {
  const decision = storage.getStore();
  if (decision) decision.retryAfterSeconds = retryAfterSeconds;
}
