// npm run audit:gate – fails on a high or critical advisory in a production dependency. It asks
// `npm audit --omit=dev --audit-level=high` first; where the advisory service cannot be reached
// (our build machines) it says so in one line. Either way it then checks package-lock.json against
// the dependency floor (scripts/security/dependency-floor.ts), every advisory we know to answer.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  DEPENDENCY_FLOORS,
  findLockViolations,
  productionPackages,
  type PackageLock,
} from './security/dependency-floor';

type AuditReport = {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; range?: string; via?: unknown[] }>;
  error?: { code?: string; summary?: string };
  message?: string;
};

function runAudit(): { reachable: true; report: AuditReport } | { reachable: false; reason: string } {
  const result = spawnSync(
    'npm',
    ['audit', '--omit=dev', '--audit-level=high', '--json', '--fetch-retries=0', '--fetch-timeout=15000'],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (result.error) return { reachable: false, reason: result.error.message };
  let report: AuditReport;
  try {
    report = JSON.parse(result.stdout) as AuditReport;
  } catch {
    return {
      reachable: false,
      reason: (result.stderr.trim().split('\n').at(-1) ?? '') || `npm audit exited ${result.status}`,
    };
  }
  if (!report.metadata?.vulnerabilities) {
    return {
      reachable: false,
      reason: report.error?.summary || report.message || report.error?.code || `npm audit exited ${result.status}`,
    };
  }
  return { reachable: true, report };
}

let failed = false;
const audit = runAudit();
if (!audit.reachable) {
  console.log(
    `npm audit: the advisory service was unreachable (${audit.reason.slice(0, 160)}); checking the dependency floor instead.`,
  );
} else {
  const counts = audit.report.metadata!.vulnerabilities!;
  const serious = Object.entries(audit.report.vulnerabilities ?? {}).filter(
    ([, v]) => v.severity === 'high' || v.severity === 'critical',
  );
  if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
    failed = true;
    console.error(
      `✗ npm audit: ${counts.critical ?? 0} critical and ${counts.high ?? 0} high advisories in production dependencies:`,
    );
    for (const [name, v] of serious) console.error(`  ${name} ${v.range ?? ''} (${v.severity})`);
  } else {
    console.log('✓ npm audit: no high or critical advisory in production dependencies');
  }
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as PackageLock;
const violations = findLockViolations(lock);
if (violations.length > 0) {
  failed = true;
  for (const v of violations)
    console.error(`✗ ${v.path}: ${v.name} ${v.installed} is below ${v.floor} (${v.advisory})`);
} else {
  console.log(
    `✓ dependency floor: ${productionPackages(lock).length} production packages in package-lock.json, none below the ${DEPENDENCY_FLOORS.length} floors`,
  );
}
process.exit(failed ? 1 : 0);
