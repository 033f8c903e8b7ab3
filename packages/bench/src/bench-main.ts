import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { BenchProfile } from './profiles';
import { allTargets } from './relays/all-targets';
import type { RelayId, RelayTarget } from './relays/relay-target';
import { consoleReport } from './report/console-table';
import { machineInfo, versionsInfo } from './report/machine-info';
import { curvesReport } from './report/curves';
import { markdownReport } from './report/markdown-report';
import { evaluateTargets, type TargetOutcome } from './report/targets';
import type { BenchResults, RelayDescription } from './results';
import { BENCH_PACKAGE_DIR, benchPaths, type BenchPaths } from './repo-paths';
import { runBench } from './run-bench';
import type { ScenarioId } from './scenarios/scenario';

/** Options of one bench run, as the CLI and the smoke test give them. */
export interface BenchMainOptions {
  readonly profile: BenchProfile;
  /** Relays to include (all by default); unavailable ones are reported as skipped. */
  readonly relays?: readonly RelayId[];
  readonly only?: readonly ScenarioId[];
  /** Relays whose process runs with --cpu-prof (profiles under bench/results/profiles). */
  readonly cpuProfile?: readonly RelayId[];
  readonly keepWork?: boolean;
  readonly command: string;
  /** Where to write the Markdown report (none if null). */
  readonly reportFile: string | null;
  /** Where to write the JSON results (none if null). */
  readonly jsonFile: string | null;
  readonly paths?: BenchPaths;
  readonly log?: (message: string) => void;
}

/** Runs the bench, writes the JSON and Markdown files, returns the results and target outcomes. */
export async function benchMain(options: BenchMainOptions): Promise<{ results: BenchResults; targets: TargetOutcome[]; table: string }> {
  const paths = options.paths ?? benchPaths();
  const started = new Date();
  const elapsed = (): string => {
    const s = Math.round((Date.now() - started.getTime()) / 1000);
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  };
  const log = options.log ?? ((message: string) => console.error(`[${elapsed()}] ${message}`));
  const chosen = allTargets(paths).filter((t) => !options.relays || options.relays.includes(t.id));
  const skipped = new Map<RelayId, string>();
  for (const t of chosen) {
    const reason = t.unavailableReason() ?? (await t.checkServices?.()) ?? null;
    if (reason) skipped.set(t.id, reason);
    if (reason) log(`skipping ${t.id}: ${reason}`);
  }
  const runnable = chosen.filter((t) => !skipped.has(t.id));
  const profileDir = join(paths.resultsDir, 'profiles');
  const scenarios = await runBench({
    profile: options.profile,
    targets: runnable,
    tracesDir: paths.tracesDir,
    workDir: join(paths.resultsDir, 'work'),
    keepWork: options.keepWork ?? false,
    ...(options.only ? { only: options.only } : {}),
    relayNodeFlags: (target, scenario) =>
      options.cpuProfile?.includes(target.id) ? ['--cpu-prof', '--cpu-prof-dir', join(profileDir, target.id, scenario)] : [],
    log,
  });
  const results: BenchResults = {
    startedAt: started.toISOString(),
    durationS: (Date.now() - started.getTime()) / 1000,
    profile: options.profile.name,
    repetitions: options.profile.repetitions,
    command: options.command,
    machine: machineInfo(),
    versions: versionsInfo(),
    relays: chosen.map((t) => describeRelay(t, skipped.get(t.id))),
    scenarios,
  };
  const targets = evaluateTargets(results);
  if (options.jsonFile) writeFile(options.jsonFile, `${JSON.stringify({ ...results, targets }, jsonNumbers, 2)}\n`);
  if (options.reportFile) {
    const jsonFile = options.jsonFile ? relative(paths.repoRoot, options.jsonFile) : '(not written)';
    writeFile(options.reportFile, markdownReport(results, { targets, analysis: readAnalysis(), jsonFile }));
    writeCurveFiles(results, options.reportFile);
  }
  return { results, targets, table: consoleReport(results, targets) };
}

/**
 * Re-renders the Markdown report from a JSON file a run wrote (e.g. after editing the
 * hand-written analysis), without running anything.
 */
export function renderReportFromJson(jsonFile: string, reportFile: string, repoRoot: string): TargetOutcome[] {
  const results = JSON.parse(readFileSync(jsonFile, 'utf8'), (_key, value: unknown) => (value === null ? Number.NaN : value)) as BenchResults;
  const targets = evaluateTargets(results);
  writeFile(reportFile, markdownReport(results, { targets, analysis: readAnalysis(), jsonFile: relative(repoRoot, jsonFile) }));
  writeCurveFiles(results, reportFile);
  return targets;
}

function describeRelay(target: RelayTarget, reason: string | undefined): RelayDescription {
  return {
    id: target.id,
    label: target.label,
    version: target.version,
    persistence: target.persistence,
    durableAckProbe: target.durableAckProbe,
    ...(reason ? { skipped: reason } : {}),
  };
}

/** The hand-written analysis embedded into REPORT.md. */
function readAnalysis(): string | null {
  const file = join(BENCH_PACKAGE_DIR, 'report-analysis.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The SVG charts the report's curves link to, next to the report. */
function writeCurveFiles(results: BenchResults, reportFile: string): void {
  for (const file of curvesReport(results).files) writeFile(join(dirname(reportFile), file.path), file.svg);
}

function writeFile(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

// JSON has no NaN: write it as null so a missing figure stays visible.
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
