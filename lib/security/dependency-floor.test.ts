import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPENDENCY_FLOOR, compareVersions, findFloorViolations } from './dependency-floor';

function installedVersion(name: string): string | undefined {
  const file = path.join(process.cwd(), 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

describe('dependency floor', () => {
  it('every installed security-relevant package is at or above its floor', () => {
    const installed = Object.fromEntries(Object.keys(DEPENDENCY_FLOOR).map((name) => [name, installedVersion(name)]));
    expect(installed.next).toBeDefined();
    expect(findFloorViolations(installed)).toEqual([]);
  });

  it('reports a package below its floor', () => {
    expect(findFloorViolations({ next: '16.3.2', react: '19.3.1' })).toEqual([{ name: 'next', installed: '16.3.2', floor: '16.3.3' }]);
    expect(findFloorViolations({ 'next-auth': '4.24.14' })).toEqual([{ name: 'next-auth', installed: '4.24.14', floor: '4.24.15' }]);
  });

  it('compares versions numerically, with pre-releases below their release', () => {
    expect(compareVersions('16.10.0', '16.9.9')).toBe(1);
    expect(compareVersions('16.3.3', '16.3.3')).toBe(0);
    expect(compareVersions('16.3.3-canary.1', '16.3.3')).toBe(-1);
    expect(compareVersions('v4.24.15', '4.24.14')).toBe(1);
  });
});
