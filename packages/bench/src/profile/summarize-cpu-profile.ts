import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 .cpuprofile the summary reads. */
interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time of one function or one module, in ms and as a share of the busy (non-idle) samples. */
export interface HotSpot {
  readonly name: string;
  readonly selfMs: number;
  readonly share: number;
}

/** Where a relay process spent its CPU: by function and by module (package or file). */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly HotSpot[];
  readonly modules: readonly HotSpot[];
}

/** Summarises every .cpuprofile in `path` (a file or a directory), merged. */
export function summarizeCpuProfiles(path: string, top = 25): ProfileSummary {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(path, f))
    : [path];
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      // Idle samples are time the process was waiting, not CPU it used.
      if (!frame || frame.functionName === '(idle)') return;
      totalMs += ms;
      const where = moduleOf(frame.url);
      add(byFunction, `${frame.functionName || '(anonymous)'} ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`, ms);
      add(byModule, where, ms);
    });
  }
  const rank = (map: Map<string, number>): HotSpot[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs, share: totalMs > 0 ? selfMs / totalMs : 0 }));
  return { totalMs, functions: rank(byFunction), modules: rank(byModule) };
}

/** "yjs", "node:internal/...", "apps/relay/dist/main.js", or "(native)" for V8/C++ frames. */
export function moduleOf(url: string): string {
  if (!url) return '(native)';
  const nodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nodeModules?.[1]) return nodeModules[1];
  if (url.startsWith('node:')) return url;
  const repoPath = /\/((?:apps|packages)\/.+)$/.exec(url);
  return repoPath?.[1] ?? url.replace(/^file:\/\//, '');
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}
