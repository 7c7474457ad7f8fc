// The lowest versions of security-relevant packages Sourcewise may run on. `npm audit` cannot reach
// its advisory service from our build machines, so this list is the gate instead: raise a floor
// when an advisory names a fixed version. A package that is not installed is not checked.

export const DEPENDENCY_FLOOR: Record<string, string> = {
  next: '16.3.3',
  'next-auth': '4.24.15',
  react: '19.3.1',
  'react-dom': '19.3.1',
};

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

export type FloorViolation = { name: string; installed: string; floor: string };

export function findFloorViolations(installed: Record<string, string | undefined>, floor = DEPENDENCY_FLOOR): FloorViolation[] {
  return Object.entries(floor).flatMap(([name, minimum]) => {
    const version = installed[name];
    return version !== undefined && compareVersions(version, minimum) < 0 ? [{ name, installed: version, floor: minimum }] : [];
  });
}
