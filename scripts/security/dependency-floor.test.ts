import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEPENDENCY_FLOORS,
  compareVersions,
  findFloorViolations,
  findLockViolations,
  productionPackages,
  requiredVersion,
  type PackageLock,
} from './dependency-floor';

function installedVersion(name: string): string | undefined {
  const file = path.join(process.cwd(), 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

const lock = JSON.parse(readFileSync(path.join(process.cwd(), 'package-lock.json'), 'utf8')) as PackageLock;

describe('dependency floor', () => {
  it('no production package in package-lock.json, transitive ones included, is below its floor', () => {
    const names = new Set(productionPackages(lock).map((p) => p.name));
    // The lock really is read: the app's own dependencies and some of theirs are there.
    for (const name of ['next', 'next-auth', 'react', 'jose', 'cookie']) expect(names, name).toContain(name);
    expect(names).not.toContain('vitest');
    expect(findLockViolations(lock)).toEqual([]);
  });

  it('every installed security-relevant package is at or above its floor', () => {
    const installed = Object.fromEntries(DEPENDENCY_FLOORS.map(({ name }) => [name, installedVersion(name)]));
    expect(installed.next).toBeDefined();
    expect(findFloorViolations(installed)).toEqual([]);
  });

  it('every floor names the advisory it answers', () => {
    for (const floor of DEPENDENCY_FLOORS) {
      expect(floor.advisory.length, floor.name).toBeGreaterThan(10);
      expect(floor.fixed.length, floor.name).toBeGreaterThan(0);
    }
    expect(new Set(DEPENDENCY_FLOORS.map((f) => f.name)).size).toBe(DEPENDENCY_FLOORS.length);
  });

  it('reports a package below its floor', () => {
    expect(findFloorViolations({ next: '16.3.2', react: '19.3.1' })).toEqual([
      { name: 'next', installed: '16.3.2', floor: '16.3.3' },
    ]);
    expect(findFloorViolations({ 'next-auth': '4.24.14' })).toEqual([
      { name: 'next-auth', installed: '4.24.14', floor: '4.24.15' },
    ]);
  });

  it('finds a vulnerable copy deep in the lock, and ignores dev-only packages', () => {
    const fake: PackageLock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'sourcewise', version: '0.1.0' },
        'node_modules/next-auth': { version: '4.24.15' },
        'node_modules/next-auth/node_modules/jose': { version: '4.15.4' },
        'node_modules/cookie': { version: '0.7.2' },
        'node_modules/eslint/node_modules/semver': { version: '7.5.1', dev: true },
      },
    };
    expect(findLockViolations(fake)).toEqual([
      expect.objectContaining({
        name: 'jose',
        installed: '4.15.4',
        floor: '4.15.5',
        path: 'node_modules/next-auth/node_modules/jose',
      }),
    ]);
  });

  it('judges each release line by its own fix; an old line that never got one fails', () => {
    const fixed = ['5.7.2', '6.3.1', '7.5.2'];
    expect(requiredVersion('6.3.0', fixed)).toBe('6.3.1');
    expect(requiredVersion('7.8.6', fixed)).toBe('7.5.2');
    expect(requiredVersion('8.0.0', fixed)).toBeUndefined();
    expect(requiredVersion('4.3.6', fixed)).toBe('5.7.2');
    expect(requiredVersion('0.6.0', ['0.7.0'])).toBe('0.7.0');
    expect(requiredVersion('0.8.1', ['0.7.0'])).toBeUndefined();
  });

  it('compares versions numerically, with pre-releases below their release', () => {
    expect(compareVersions('16.10.0', '16.9.9')).toBe(1);
    expect(compareVersions('16.3.3', '16.3.3')).toBe(0);
    expect(compareVersions('16.3.3-canary.1', '16.3.3')).toBe(-1);
    expect(compareVersions('v4.24.15', '4.24.14')).toBe(1);
  });
});
