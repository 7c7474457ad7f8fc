import type { LimitSpec } from './create-limiter';

// Every limit's numbers, in one place. The per-IP numbers must fit a school: a whole class behind
// one address (a school's NAT) signing up, starting practice as guests and mistyping class codes at
// once. Each has an environment override, for an operator and for the browser suite, which runs
// everything from 127.0.0.1 (playwright.config.ts).

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const MINUTE = 60;

/** Seconds an account stays blocked after too many failed sign-ins in a row (default 15 minutes). */
export const signInCooldownSeconds = () => envNumber('SIGN_IN_COOLDOWN_SECONDS', 15 * MINUTE);

export const LIMITS = {
  /** 20 failed sign-ins in a row (a success resets it) block the account, from every address. */
  signInAccount: (): LimitSpec => ({
    keyPrefix: 'signin-account',
    points: envNumber('SIGN_IN_ACCOUNT_FAILURES', 20),
    duration: 24 * 60 * MINUTE,
    blockDuration: signInCooldownSeconds(),
  }),
  /** 100 failed sign-ins from one address in 15 minutes, across any accounts, block that address. */
  signInIp: (): LimitSpec => ({
    keyPrefix: 'signin-ip',
    points: envNumber('SIGN_IN_IP_FAILURES', 100),
    duration: 15 * MINUTE,
    blockDuration: 15 * MINUTE,
  }),
  /** Each sign-up costs an argon2 hash (19 MiB, ~13 ms of a core measured here): 60 per address per 10 minutes. */
  signUpIp: (): LimitSpec => ({
    keyPrefix: 'signup-ip',
    points: envNumber('SIGN_UP_PER_IP', 60),
    duration: 10 * MINUTE,
  }),
  /** Sign-in cards a teacher makes (a batch of up to 60 students, or one new card): 30 an hour. */
  signInCardsTeacher: (): LimitSpec => ({
    keyPrefix: 'signin-cards-teacher',
    points: envNumber('SIGN_IN_CARDS_PER_TEACHER', 30),
    duration: 60 * MINUTE,
  }),
  /** Wrong class codes: 10 per student per 15 minutes, and 100 per address, so a guess takes years. */
  joinUser: (): LimitSpec => ({
    keyPrefix: 'join-user',
    points: envNumber('JOIN_FAILURES_PER_USER', 10),
    duration: 15 * MINUTE,
  }),
  joinIp: (): LimitSpec => ({
    keyPrefix: 'join-ip',
    points: envNumber('JOIN_FAILURES_PER_IP', 100),
    duration: 15 * MINUTE,
  }),
  /** Attempts started without an account: 200 per address per 10 minutes (a class, several each). */
  guestAttemptsIp: (): LimitSpec => ({
    keyPrefix: 'guest-attempt-ip',
    points: envNumber('GUEST_ATTEMPTS_PER_IP', 200),
    duration: 10 * MINUTE,
  }),
};
