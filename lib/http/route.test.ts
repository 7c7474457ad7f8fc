import { describe, expect, it, vi } from 'vitest';
import { apiRoute } from './api-route';
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_FOR_SAVE } from './route';

// What a client gets when the database cannot be reached: 503 with a message and Retry-After, so
// the player retries with the same key; anything else unexpected is still a 500.

// Through the route wrapper every handler is built with, so this is what a route answers.
const throwing = (error: Error, unavailable?: string) =>
  apiRoute({ auth: 'public', database: false, unavailable }, async () => Promise.reject(error))(
    new Request('http://localhost/api/x'),
  );
const failingWith = (error: Error) => () => throwing(error);
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('a route when the database is unavailable', () => {
  it.each([
    ['PostgreSQL refusing connections', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['PostgreSQL shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL starting up', withCode('the database system is starting up', '57P03')],
    ['a connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['a SQLite file locked by another process', withCode('database is locked', 'SQLITE_BUSY')],
  ])('answers 503 with a message and Retry-After for %s', async (_, error) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const response = await failingWith(error)();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE });
  });

  it('says the answer was not saved when the route is a save', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const response = await throwing(withCode('connect ECONNREFUSED', 'ECONNREFUSED'), DATABASE_UNAVAILABLE_FOR_SAVE);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'The database is unavailable; your answer was not saved, try again.',
    });
  });

  it('still answers 500 for a bug, and a constraint violation is a bug, not an outage', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const error of [
      new TypeError('x is undefined'),
      withCode('duplicate key value violates unique constraint', '23505'),
    ]) {
      const response = await failingWith(error)();
      expect(response.status).toBe(500);
    }
    expect(log).toHaveBeenCalledTimes(2);
  });
});
