// The time, injectable: operations take `now` from a Clock so deadline and review-window rules can
// be tested without waiting. Production uses the system clock.

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
