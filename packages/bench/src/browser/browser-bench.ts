import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { watchMachineLoad, type MachineLoad } from '../metrics/machine-load';
import { launchChromium } from './chromium';
import { openEditorTab, type EditorTab } from './editor-tab';
import { longTasksWithin, type LongTaskSummary } from './long-tasks';
import { perItem, startMainThreadMeter, type MainThreadCost } from './main-thread-cost';
import { connectNodePeers } from './node-peers';
import { startPageCpuProfile } from './page-cpu-profile';
import { measureRemotePaint, summarizeLatencies, type LatencySummary } from './remote-paint';
import { paragraphText, seedDocument } from './seed-document';
import { measureTimeToInteractive, type TimeToInteractiveRun } from './time-to-interactive';
import { startWebRelay } from './web-relay';

/** What the other editors (beyond the typist's and the observer's tabs) are. */
export const PeerKind = { node: 'node', tabs: 'tabs' } as const;
export type PeerKind = (typeof PeerKind)[keyof typeof PeerKind];

/** Sizes of one browser bench run. */
export interface BrowserBenchOptions {
  readonly paragraphs: number;
  /** Editors in the document per variant, typist and observer included (each ≥ 2). */
  readonly editorCounts: readonly number[];
  readonly keystrokes: number;
  readonly keystrokeIntervalMs: number;
  /** Cold + warm load pairs for time to interactive. */
  readonly loadRuns: number;
  readonly peers: PeerKind;
  readonly repoRoot: string;
  /** When set, V8 CPU profiles of the typist's and the observer's tab while typing go to this directory. */
  readonly cpuProfileDir?: string;
  /** Progress lines (stderr in the CLI). */
  readonly log?: (line: string) => void;
}

/** One editors-count variant: keystroke → remote paint, and long tasks while typing. */
export interface TypingResult {
  readonly editors: number;
  readonly peers: PeerKind;
  readonly latency: LatencySummary;
  readonly latenciesMs: number[];
  readonly missing: number;
  /** Long tasks of the typist's and the observer's tab between the first keydown and the last paint. */
  readonly typistLongTasks: LongTaskSummary;
  readonly observerLongTasks: LongTaskSummary;
  /** Main-thread CPU per keystroke while typing (from the first keydown until every paint), in each tab. */
  readonly typistCostPerKeystroke: MainThreadCost;
  readonly observerCostPerKeystroke: MainThreadCost;
  readonly machine: MachineLoad;
}

/** Everything one run measured, as written to JSON. */
export interface BrowserBenchResult {
  readonly startedAt: string;
  readonly options: Omit<BrowserBenchOptions, 'repoRoot' | 'log' | 'cpuProfileDir'>;
  readonly chromiumVersion: string;
  readonly typing: TypingResult[];
  readonly loads: TimeToInteractiveRun[];
  readonly loadMachine: MachineLoad;
  /** Console errors of every page; a healthy run has none. */
  readonly errors: string[];
}

/** Runs the browser bench against a fresh relay: typing per editors count, then loads. */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date().toISOString();
  const lastParagraph = paragraphText(options.paragraphs - 1);
  const relay = await startWebRelay(options.repoRoot);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const errors: string[] = [];
    const typing: TypingResult[] = [];
    for (const editors of options.editorCounts) {
      const docId = `browser-bench-typing-${editors}-${Date.now().toString(36)}`;
      await seedDocument(relay.url, docId, options.paragraphs);
      log(`typing: ${editors} editors on ${options.paragraphs} paragraphs (${options.peers} peers)`);
      typing.push(await measureTyping(browser, relay.url, docId, editors, options, lastParagraph, errors));
    }
    const loadDoc = `browser-bench-load-${Date.now().toString(36)}`;
    await seedDocument(relay.url, loadDoc, options.paragraphs);
    const loads: TimeToInteractiveRun[] = [];
    const finishLoads = watchMachineLoad();
    for (let run = 0; run < options.loadRuns; run += 1) {
      log(`time to interactive: load ${run + 1}/${options.loadRuns}`);
      const result = await measureTimeToInteractive(browser, relay.url, loadDoc, lastParagraph);
      errors.push(...result.errors);
      loads.push(result);
    }
    return {
      startedAt,
      options: strip(options),
      chromiumVersion: browser.version(),
      typing,
      loads,
      loadMachine: finishLoads(),
      errors,
    };
  } finally {
    await browser?.close();
    await relay.dispose();
  }
}

async function measureTyping(
  browser: Browser,
  baseUrl: string,
  docId: string,
  editors: number,
  options: BrowserBenchOptions,
  lastParagraph: string,
  errors: string[],
): Promise<TypingResult> {
  if (editors < 2) throw new Error(`a typing variant needs at least 2 editors (typist and observer), got ${editors}`);
  const tabs: EditorTab[] = [];
  let closePeers = (): void => undefined;
  try {
    const typist = await openEditorTab(browser, baseUrl, 'Typist', docId, lastParagraph);
    tabs.push(typist);
    const observer = await openEditorTab(browser, baseUrl, 'Observer', docId, lastParagraph);
    tabs.push(observer);
    const others = editors - 2;
    if (options.peers === PeerKind.tabs) {
      for (let i = 0; i < others; i += 1) tabs.push(await openEditorTab(browser, baseUrl, `Peer ${i + 1}`, docId, lastParagraph));
    } else if (others > 0) {
      const peers = await connectNodePeers(baseUrl, docId, others);
      closePeers = () => peers.close();
    }
    const profilers = options.cpuProfileDir ? await Promise.all([startPageCpuProfile(typist.page), startPageCpuProfile(observer.page)]) : null;
    const meters = await Promise.all([startMainThreadMeter(typist.page), startMainThreadMeter(observer.page)]);
    const finishMachine = watchMachineLoad();
    const run = await measureRemotePaint({
      typist,
      observer,
      paragraphIndex: Math.floor(options.paragraphs / 2),
      keystrokes: options.keystrokes,
      intervalMs: options.keystrokeIntervalMs,
    });
    const machine = finishMachine();
    const [typistCost, observerCost] = await Promise.all(meters.map((meter) => meter.read()));
    await Promise.all(meters.map((meter) => meter.close()));
    if (profilers && options.cpuProfileDir) {
      await profilers[0].stopTo(join(options.cpuProfileDir, `typist-${editors}-editors.cpuprofile`));
      await profilers[1].stopTo(join(options.cpuProfileDir, `observer-${editors}-editors.cpuprofile`));
    }
    const [typistProbes, observerProbes] = await Promise.all([typist.probes(), observer.probes()]);
    return {
      editors,
      peers: options.peers,
      latency: summarizeLatencies(run.latenciesMs),
      latenciesMs: run.latenciesMs,
      missing: run.missing,
      typistLongTasks: longTasksWithin(typistProbes, run.windowStart, run.windowEnd),
      observerLongTasks: longTasksWithin(observerProbes, run.windowStart, run.windowEnd),
      typistCostPerKeystroke: perItem(typistCost as MainThreadCost, options.keystrokes),
      observerCostPerKeystroke: perItem(observerCost as MainThreadCost, options.keystrokes),
      machine,
    };
  } finally {
    closePeers();
    for (const tab of tabs) errors.push(...tab.errors);
    await Promise.all(tabs.map((tab) => tab.close().catch(() => undefined)));
  }
}

function strip(options: BrowserBenchOptions): BrowserBenchResult['options'] {
  const { repoRoot: _repoRoot, log: _log, cpuProfileDir: _cpuProfileDir, ...rest } = options;
  return rest;
}
