import { describe, expect, it } from 'vitest';
import { firstFreeUsername, isUsername, usernameBase } from './username';

describe('usernames for students without email', () => {
  it('are the first name and the last initial, in plain lower-case letters', () => {
    expect(usernameBase('Maya Kowalski')).toBe('maya.k');
    expect(usernameBase('  José  María   Núñez ')).toBe('jose.n');
    expect(usernameBase('Zoë')).toBe('zoe');
    expect(usernameBase("O'Brien, Liam")).toBe('obrien.l');
    expect(usernameBase('Bartholomew-Alexander Smith')).toBe('bartholomew.s');
    expect(usernameBase('Alexandrianapolisberg Q')).toBe('alexandrianapolisber.q');
  });

  it('fall back to "student" for a name with no Latin letter, and never contain "@"', () => {
    expect(usernameBase('王小明')).toBe('student');
    expect(usernameBase('@@@')).toBe('student');
    for (const name of ['a@b.c', 'ana@example.org', 'Mia @ School']) expect(usernameBase(name)).not.toContain('@');
  });

  it('take the next number when the name is taken', () => {
    expect(firstFreeUsername('maya.k', new Set())).toBe('maya.k');
    expect(firstFreeUsername('maya.k', new Set(['maya.k']))).toBe('maya.k2');
    expect(firstFreeUsername('maya.k', new Set(['maya.k', 'maya.k2', 'maya.k3']))).toBe('maya.k4');
  });

  it('tell a username from an email address by the "@"', () => {
    expect(isUsername('maya.k')).toBe(true);
    expect(isUsername('maya@example.org')).toBe(false);
  });
});
