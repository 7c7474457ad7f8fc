// `next build` with a custom distDir edits two shared files: it adds `<distDir>/types/**` globs to
// tsconfig.json and points next-env.d.ts at `<distDir>/types`. A benchmark must not leave edits in
// files other people work on, so we put them back afterwards — but only when the file holds nothing
// except Next's edit, so a concurrent human edit is never overwritten.
import { readFileSync, writeFileSync } from 'node:fs';

export type Snapshot = { tsconfig: string; nextEnv: string | null };

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function snapshotSharedFiles(): Snapshot {
  return { tsconfig: read('tsconfig.json') ?? '', nextEnv: read('next-env.d.ts') };
}

/** Drops the include globs Next added for `distDir`, so what remains can be compared with the snapshot. */
function withoutDistGlobs(json: string, distDir: string): unknown {
  const config = JSON.parse(json) as { include?: unknown };
  if (Array.isArray(config.include)) {
    config.include = config.include.filter((entry) => typeof entry !== 'string' || !entry.startsWith(`${distDir}/`));
  }
  return config;
}

/** Restores what Next changed; returns warnings for anything it could not safely restore. */
export function restoreSharedFiles(before: Snapshot, distDir: string): string[] {
  const warnings: string[] = [];
  const tsconfig = read('tsconfig.json');
  if (tsconfig !== null && tsconfig !== before.tsconfig) {
    let onlyNextsEdit = false;
    try {
      onlyNextsEdit =
        JSON.stringify(withoutDistGlobs(tsconfig, distDir)) ===
        JSON.stringify(withoutDistGlobs(before.tsconfig, distDir));
    } catch {
      // Not plain JSON (comments?): we cannot tell Next's edit from someone else's, so leave it.
    }
    if (onlyNextsEdit) writeFileSync('tsconfig.json', before.tsconfig);
    else
      warnings.push(
        `tsconfig.json changed during the build in more than Next's "${distDir}/…" include globs; left as is.`,
      );
  }
  // next-env.d.ts is generated and git-ignored; only Next writes it, so the old text is always right.
  const nextEnv = read('next-env.d.ts');
  if (before.nextEnv !== null && nextEnv !== before.nextEnv) writeFileSync('next-env.d.ts', before.nextEnv);
  return warnings;
}
