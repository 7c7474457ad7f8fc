// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time: per function and per area (a package
// in node_modules, Node's internals, the app's own chunks, idle, garbage collection), so a burst's
// profile can be read as "where does the server's time go" without a GUI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type SelfTime = { name: string; ms: number; share: number };

function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    // Next bundles vendored packages (react, its own compiled deps) under next/dist/compiled/<name>.
    const compiled = /next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    return compiled ? `next (compiled ${compiled[1]})` : pkg[1]!;
  }
  if (url.startsWith('node:')) return 'node internals';
  if (/\/server\/chunks\/|\/server\/app\//.test(url)) return 'app bundle (.next/server)';
  return path.basename(url);
}

export function summariseProfile(
  file: string,
  top = 25,
): { totalMs: number; functions: SelfTime[]; areas: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const area = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url
      ? ` ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(\.next|\.bench)/, '$1')}:${frame.lineNumber + 1}`
      : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const a = areaOf(frame);
    area.set(a, (area.get(a) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, functions: rank(fn), areas: rank(area) };
}

/** The busiest next-server profile written in `dir` since `since` (ms epoch): the server that handled the burst. */
export function busiestProfile(dir: string, since: number): string | undefined {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('next-server') && f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).mtimeMs >= since);
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

export function profileLines(file: string, top = 25): string[] {
  const { totalMs, functions, areas } = summariseProfile(file, top);
  const pct = (s: number) => `${(s * 100).toFixed(1).padStart(5)}%`;
  return [
    `CPU profile ${path.relative(process.cwd(), file)}: ${(totalMs / 1000).toFixed(1)} s sampled`,
    'self time by area:',
    ...areas.slice(0, 12).map((a) => `  ${pct(a.share)} ${a.ms.toFixed(0).padStart(7)} ms  ${a.name}`),
    `top ${top} functions by self time:`,
    ...functions.map((f) => `  ${pct(f.share)} ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}`),
  ];
}
