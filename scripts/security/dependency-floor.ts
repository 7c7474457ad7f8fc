// The lowest versions of packages Sourcewise may ship, each with the advisory it answers. `npm audit`
// cannot reach its advisory service from our build machines, so this list is the gate instead
// (`npm run audit:gate` tries `npm audit` first): every production package in package-lock.json,
// transitive ones included, must be at or above its floor. Raise a floor when an advisory names a
// fixed version; add a package when an advisory names one we ship. Dev-only packages are not
// checked, as `npm audit --omit=dev` would not (cross-spawn, path-to-regexp and brace-expansion,
// which have well-known advisories, are in our lock only as dev dependencies).

export type Severity = 'critical' | 'high' | 'moderate' | 'low';

export type DependencyFloor = {
  name: string;
  /** The first fixed version of each release line still in use; an older line with no fix fails. */
  fixed: string[];
  severity: Severity;
  advisory: string;
};

export const DEPENDENCY_FLOORS: DependencyFloor[] = [
  {
    name: 'next',
    fixed: ['16.3.3'],
    severity: 'critical',
    advisory:
      'Our floor for the 16 line; above CVE-2025-66478 (remote code execution through React Server Components, 16.0.7), CVE-2025-55183/55184 and CVE-2025-67779 (source exposure, denial of service), CVE-2025-29927 (middleware/proxy authorization bypass)',
  },
  {
    name: 'next-auth',
    fixed: ['4.24.15'],
    severity: 'moderate',
    advisory:
      'The newest 4.x; above GHSA-5jpx-9hw9-2fx4 (email misdelivery, 4.24.12) and CVE-2023-48309 (session mocking, 4.24.5)',
  },
  {
    name: 'react',
    fixed: ['19.3.1'],
    severity: 'critical',
    advisory:
      'The newest 19.x patch; React 19 server-components advisories CVE-2025-55182 (remote code execution), CVE-2025-55183/55184/67779 are fixed below it',
  },
  { name: 'react-dom', fixed: ['19.3.1'], severity: 'critical', advisory: 'Kept with react (same release)' },
  {
    name: 'jose',
    fixed: ['4.15.5'],
    severity: 'moderate',
    advisory: 'CVE-2024-28176: resource exhaustion from a compressed JWE (next-auth decrypts session tokens with jose)',
  },
  {
    name: 'cookie',
    fixed: ['0.7.0'],
    severity: 'low',
    advisory: 'CVE-2024-47764: out-of-bounds characters accepted in cookie name, path and domain',
  },
  {
    name: 'pg',
    fixed: ['7.1.2'],
    severity: 'critical',
    advisory: 'CVE-2017-16082: remote code execution through crafted column names',
  },
  {
    name: 'semver',
    fixed: ['5.7.2', '6.3.1', '7.5.2'],
    severity: 'moderate',
    advisory: 'CVE-2022-25883: regular-expression denial of service in range parsing',
  },
  {
    name: 'tar-fs',
    fixed: ['1.16.6', '2.1.4', '3.1.1'],
    severity: 'high',
    advisory:
      'CVE-2024-12905, CVE-2025-48387, CVE-2025-59343: writes outside the target folder when extracting (better-sqlite3 install)',
  },
  { name: 'minimist', fixed: ['1.2.6'], severity: 'critical', advisory: 'CVE-2021-44906: prototype pollution' },
  { name: 'ini', fixed: ['1.3.6'], severity: 'high', advisory: 'CVE-2020-7788: prototype pollution' },
  {
    name: 'simple-get',
    fixed: ['2.8.2', '3.1.1', '4.0.1'],
    severity: 'high',
    advisory: 'CVE-2022-0355: cookies and authorization sent on to another host after a redirect',
  },
  {
    name: 'bl',
    fixed: ['1.2.3', '2.2.1', '3.0.1', '4.0.3'],
    severity: 'moderate',
    advisory: 'CVE-2020-8244: uninitialized memory exposed after a negative consume()',
  },
  {
    name: 'nanoid',
    fixed: ['3.3.8', '5.0.9'],
    severity: 'moderate',
    advisory: 'CVE-2024-55565: predictable results or an endless loop with non-integer sizes',
  },
  {
    name: 'postcss',
    fixed: ['8.4.31'],
    severity: 'moderate',
    advisory: 'CVE-2023-44270: line-return parsing lets a comment smuggle CSS',
  },
  {
    name: '@babel/runtime',
    fixed: ['7.26.10'],
    severity: 'moderate',
    advisory: 'CVE-2025-27789: quadratic regular expressions in compiled named-group replace()',
  },
  {
    name: 'sharp',
    fixed: ['0.32.6'],
    severity: 'high',
    advisory: 'CVE-2023-4863: heap overflow in the bundled libwebp',
  },
  {
    name: 'zod',
    fixed: ['3.22.3'],
    severity: 'moderate',
    advisory: 'CVE-2023-4316: regular-expression denial of service in email validation',
  },
];

/** Compares dotted numeric versions (pre-release tags sort below the release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.replace(/^v/, '').split('-', 2);
    return { parts: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  return 0;
}

/** The release line of a version: the major, or for 0.x the minor too (0.7 and 0.8 are separate lines). */
function releaseLine(version: string): string {
  const [major = '0', minor = '0'] = version.replace(/^v/, '').split('.');
  return major === '0' ? `0.${minor}` : major;
}

/**
 * The fix this version must be at or above: the listed fix of its own release line; for a line
 * with none, the first fix of a newer line when there is one (an old line that never got the fix),
 * else none (a newer line than any listed, released after the fix).
 */
export function requiredVersion(version: string, fixed: string[]): string | undefined {
  const sameLine = fixed.find((f) => releaseLine(f) === releaseLine(version));
  if (sameLine) return sameLine;
  return [...fixed].sort(compareVersions).find((f) => compareVersions(f, version) > 0);
}

export type FloorViolation = { name: string; installed: string; floor: string; path?: string; advisory?: string };

/** Installed copies (name → version; undefined when not installed) below the floor of their release line. */
export function findFloorViolations(
  installed: Record<string, string | undefined>,
  floors = DEPENDENCY_FLOORS,
): FloorViolation[] {
  return floors.flatMap(({ name, fixed }) => {
    const version = installed[name];
    const required = version === undefined ? undefined : requiredVersion(version, fixed);
    return version !== undefined && required !== undefined && compareVersions(version, required) < 0
      ? [{ name, installed: version, floor: required }]
      : [];
  });
}

type LockEntry = { version?: string; name?: string; dev?: boolean; link?: boolean };
export type PackageLock = { lockfileVersion?: number; packages?: Record<string, LockEntry> };

/** Every production package copy in a v2/v3 package-lock.json: its name, version and folder. */
export function productionPackages(lock: PackageLock): { name: string; version: string; path: string }[] {
  if (!lock.packages || (lock.lockfileVersion ?? 0) < 2)
    throw new Error('package-lock.json has no "packages" map: regenerate it with npm 7 or newer');
  return Object.entries(lock.packages).flatMap(([folder, entry]) => {
    if (!folder || entry.dev || entry.link || !entry.version) return [];
    const name = folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return [{ name, version: entry.version, path: folder }];
  });
}

/** Every production package copy in the lock below the floor that answers an advisory. */
export function findLockViolations(lock: PackageLock, floors = DEPENDENCY_FLOORS): FloorViolation[] {
  const byName = new Map(floors.map((f) => [f.name, f]));
  return productionPackages(lock).flatMap(({ name, version, path }) => {
    const floor = byName.get(name);
    const required = floor && requiredVersion(version, floor.fixed);
    return floor && required && compareVersions(version, required) < 0
      ? [{ name, installed: version, floor: required, path, advisory: floor.advisory }]
      : [];
  });
}
