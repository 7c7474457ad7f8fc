import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ raises AppErrors and knows nothing of HTTP: only the two ways in (lib/http for route
// handlers, lib/actions for Server Actions) may import lib/http or next/server. Found from the
// files themselves, so a new domain file is covered the day it is written.

const LIB = join(__dirname);
const WAYS_IN = ['http/', 'actions/'];
const HTTP_IMPORT =
  /(?:from\s+|import\s*\(\s*|import\s+)['"](?:@\/lib\/http(?:\/[^'"]*)?|(?:\.\.\/)+http(?:\/[^'"]*)?|next\/server)['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('lib/ outside its ways in', () => {
  it('imports nothing from lib/http or next/server', () => {
    const domainFiles = sourceFiles(LIB).filter((path) => !WAYS_IN.some((way) => relative(LIB, path).startsWith(way)));
    expect(domainFiles.length).toBeGreaterThan(50);
    const offenders = domainFiles
      .filter((path) => HTTP_IMPORT.test(readFileSync(path, 'utf8')))
      .map((path) => relative(LIB, path));
    expect(offenders).toEqual([]);
  });

  it('catches such an import when a domain file has one', () => {
    expect(HTTP_IMPORT.test("import { jsonOk } from '@/lib/http/respond';")).toBe(true);
    expect(HTTP_IMPORT.test("import { NextResponse } from 'next/server';")).toBe(true);
    expect(HTTP_IMPORT.test("import { x } from '../http/route';")).toBe(true);
    expect(HTTP_IMPORT.test("import { redirect } from 'next/navigation';")).toBe(false);
  });
});
