import { plainHttpCookieWarning } from '../../lib/auth/cookie-security';

type Env = Record<string, string | undefined>;

/**
 * How `npm start` (scripts/start.ts) runs the server: the server's environment, and what to say
 * once the server reports it is ready. Both come from that one environment: the cookie decision
 * (lib/auth/cookie-security.ts) follows the server's NODE_ENV=production, which start.ts's own
 * process does not have, so a teacher on a classroom network is told what to set only when the
 * line is worked out from the server's settings.
 */
export function serverLaunch(parentEnv: Env, port: string, lanAddresses: () => string[]) {
  const env = { ...parentEnv, PORT: port, NODE_ENV: 'production' as const };
  let isAnnounced = false;
  return {
    env,
    /** The lines to say for a chunk of the server's output: nothing until it is ready, then the address and any cookie warning, once. */
    linesFor(output: string): string[] {
      if (isAnnounced || !/ready/i.test(output)) return [];
      isAnnounced = true;
      const cookieWarning = plainHttpCookieWarning(env, port, lanAddresses());
      return [`Sourcewise is running at http://localhost:${port}`, ...(cookieWarning ? [cookieWarning] : [])];
    },
  };
}
