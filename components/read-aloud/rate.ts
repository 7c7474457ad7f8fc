// The reading speed: a few steps, remembered in this browser for the next page.

export const RATES = [0.75, 1, 1.25, 1.5] as const;
export type Rate = (typeof RATES)[number];

export const RATE_KEY = 'sourcewise.read-aloud.rate';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** One of the steps, or undefined for anything else (a stored value from elsewhere, a typo). */
export function toRate(value: unknown): Rate | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return RATES.find((rate) => rate === number);
}

/** The remembered speed, or 1× when none is remembered, it is not one of the steps, or storage is blocked. */
export function loadRate(storage: StorageLike | undefined): Rate {
  try {
    return toRate(storage?.getItem(RATE_KEY)) ?? 1;
  } catch {
    return 1; // Storage can throw (blocked cookies, some private modes): the default is fine.
  }
}

export function saveRate(storage: StorageLike | undefined, rate: Rate): void {
  try {
    storage?.setItem(RATE_KEY, String(rate));
  } catch {
    // Not remembered for the next page (storage full or blocked); this one reads at that speed.
  }
}

/** A speed as people say it: 0.75×, 1×, 1.5×. */
export function rateLabel(rate: Rate): string {
  return `${rate}×`;
}
