import { expect, it } from 'vitest';
import { serverLaunch } from './server-launch';

// What `npm start` prints once the server is up. Its own process has no NODE_ENV (npm sets none),
// as here: the cookie line must be worked out from the production server's settings all the same.

const NEXT_OUTPUT = ['   ▲ Next.js 16.4.6\n   - Local:        http://localhost:3000\n', ' ✓ Ready in 412ms\n'];
const said = (launch: ReturnType<typeof serverLaunch>, chunks = [...NEXT_OUTPUT, ' ✓ Ready in 9ms\n']) =>
  chunks.flatMap((chunk) => launch.linesFor(chunk));

it('[teacher] npm start on a classroom network over plain http says once, when ready, what to set for sign-in to work', () => {
  const launch = serverLaunch({ PATH: '/usr/bin' }, '3000', () => ['192.168.1.20']);
  expect(launch.env).toMatchObject({ PATH: '/usr/bin', PORT: '3000', NODE_ENV: 'production' });
  const lines = said(launch);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe('Sourcewise is running at http://localhost:3000');
  expect(lines[1]).toMatch(
    /^Sign-in cookies are Secure, .*COOKIE_SECURE=0 npm start \(or NEXTAUTH_URL=http:\/\/192\.168\.1\.20:3000\)\.$/,
  );
});

it('[teacher] says only where it runs when nothing needs setting: no network address, COOKIE_SECURE or NEXTAUTH_URL given', () => {
  for (const [env, lan] of [
    [{}, []],
    [{ COOKIE_SECURE: '0' }, ['192.168.1.20']],
    [{ NEXTAUTH_URL: 'http://192.168.1.20:3000' }, ['192.168.1.20']],
  ] as const)
    expect(said(serverLaunch(env, '3000', () => [...lan])), JSON.stringify(env)).toEqual([
      'Sourcewise is running at http://localhost:3000',
    ]);
});
