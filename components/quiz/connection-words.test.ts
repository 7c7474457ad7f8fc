import { describe, expect, it } from 'vitest';
import { describeConnection } from './connection-words';

const base = { isOnline: true, waiting: 0, isRetrying: false, isTimed: false };

describe('describeConnection', () => {
  it('says nothing while online and saving as usual', () => {
    expect(describeConnection(base)).toBeNull();
    expect(describeConnection({ ...base, waiting: 2 })).toBeNull();
  });

  it('says the learner is offline and how many answers wait', () => {
    expect(describeConnection({ ...base, isOnline: false })?.title).toBe('You are offline.');
    expect(describeConnection({ ...base, isOnline: false, waiting: 1 })?.lines[0]).toMatch(
      /^1 answer waiting to be sent/,
    );
    expect(describeConnection({ ...base, isOnline: false, waiting: 3 })?.lines[0]).toMatch(
      /^3 answers waiting to be sent, kept on this device: they are sent when the connection returns/,
    );
  });

  it('counts the waiting answers when the server is out of reach though the browser is online', () => {
    expect(describeConnection({ ...base, waiting: 2, isRetrying: true })).toEqual({
      title: 'The server cannot be reached.',
      lines: [expect.stringMatching(/^2 answers waiting to be sent/)],
    });
  });

  it('tells a timed attempt that answers arriving after the deadline do not count', () => {
    const words = describeConnection({ ...base, isOnline: false, waiting: 1, isTimed: true });
    expect(words?.lines[1]).toMatch(/has not reached the server when the timer ends does not count/);
    expect(describeConnection({ ...base, isOnline: false })?.lines).toHaveLength(1);
  });
});
