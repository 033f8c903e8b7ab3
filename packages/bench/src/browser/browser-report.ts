import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CORES } from '../metrics/machine-load';
import { nearestRank } from '../metrics/percentiles';
import type { BrowserBenchResult, TypingResult } from './browser-bench';
import type { LongTaskSummary } from './long-tasks';
import type { MainThreadCost } from './main-thread-cost';

/** Issue 15's targets for the editor. */
export const BROWSER_TARGETS = {
  /** Keystroke → remote paint p95 at 10 editors, loopback. */
  remotePaintP95Ms: 50,
  remotePaintEditors: 10,
  /** Long tasks while typing on the big document. */
  longTasksWhileTyping: 0,
} as const;

const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '—');
const tasks = (summary: LongTaskSummary): string => (summary.count === 0 ? 'none' : `${summary.count}, longest ${ms(summary.longestMs)}`);
const cost = (c: MainThreadCost): string => `${c.taskMs.toFixed(0)} (JS ${c.scriptMs.toFixed(0)}, style+layout ${c.styleLayoutMs.toFixed(0)})`;
const median = (values: readonly number[]): number => nearestRank([...values].sort((a, b) => a - b), 0.5);

/** Whether a typing variant meets the targets that apply to it. */
export function typingVerdict(run: TypingResult): { latency: boolean | null; longTasks: boolean } {
  return {
    latency: run.editors === BROWSER_TARGETS.remotePaintEditors ? run.latency.p95 <= BROWSER_TARGETS.remotePaintP95Ms && run.missing === 0 : null,
    longTasks: run.typistLongTasks.count + run.observerLongTasks.count <= BROWSER_TARGETS.longTasksWhileTyping,
  };
}

/** Cold and warm medians (min–max) over the load runs. */
export function loadFigures(result: BrowserBenchResult): { cold: string; warm: string } {
  const show = (values: number[]): string =>
    values.length === 0 ? '—' : `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
  return { cold: show(result.loads.map((l) => l.coldMs)), warm: show(result.loads.map((l) => l.warmMs)) };
}

/** The plain-text table printed on stdout. */
export function formatBrowserTable(result: BrowserBenchResult): string {
  const lines = [
    `Editor in headless Chromium ${result.chromiumVersion}, ${result.options.paragraphs} paragraphs, ${result.options.keystrokes} keystrokes at ${1000 / result.options.keystrokeIntervalMs}/s`,
    '',
    'editors  peers  p50       p95       max       missing  long tasks typist      long tasks observer    CPU ms/key typist            CPU ms/key observer          machine busy',
  ];
  for (const run of result.typing) {
    lines.push(
      [
        String(run.editors).padEnd(8),
        run.peers.padEnd(6),
        ms(run.latency.p50).padEnd(9),
        ms(run.latency.p95).padEnd(9),
        ms(run.latency.max).padEnd(9),
        String(run.missing).padEnd(8),
        tasks(run.typistLongTasks).padEnd(22),
        tasks(run.observerLongTasks).padEnd(22),
        cost(run.typistCostPerKeystroke).padEnd(28),
        cost(run.observerCostPerKeystroke).padEnd(28),
        `${run.machine.machineBusyPct.toFixed(0)} %`,
      ].join(' '),
    );
  }
  const loads = loadFigures(result);
  lines.push('', `time to interactive: cold ${loads.cold}, warm ${loads.warm} (median of ${result.loads.length})`);
  if (result.errors.length > 0) lines.push('', `page errors (${result.errors.length}): ${result.errors.slice(0, 5).join(' | ')}`);
  return lines.join('\n');
}

const SECTION_START = '<!-- browser-bench:start -->';
const SECTION_END = '<!-- browser-bench:end -->';

/** The Markdown section: method, figures, targets, then the hand-written `analysis` (packages/bench/browser-analysis.md). */
export function renderBrowserMarkdown(result: BrowserBenchResult, command: string, analysis = ''): string {
  const { options } = result;
  const peersText =
    options.peers === 'node'
      ? 'editors beyond the two tabs are stock y-websocket clients (`WebsocketProvider` in the bench process, each with the whole document and a presence state; they receive every keystroke but do not type)'
      : 'every editor is a full Chromium tab (own context) on the document';
  const rows = result.typing.map((run) => {
    const verdict = typingVerdict(run);
    const target = verdict.latency === null ? '' : verdict.latency ? ' ✅' : ' ❌';
    return `| ${run.editors} | ${ms(run.latency.p50)} | ${ms(run.latency.p95)}${target} | ${ms(run.latency.max)} | ${run.missing} | ${tasks(run.typistLongTasks)}${verdict.longTasks ? '' : ' ❌'} | ${tasks(run.observerLongTasks)} | ${cost(run.typistCostPerKeystroke)} | ${cost(run.observerCostPerKeystroke)} | ${run.machine.machineBusyPct.toFixed(0)} % / load ${run.machine.loadAvg1.toFixed(1)} |`;
  });
  const loads = loadFigures(result);
  const loadTasks = (pick: 'coldLongTasks' | 'warmLongTasks'): string =>
    result.loads.length === 0 ? '—' : `${median(result.loads.map((l) => l[pick].count))} (longest ${ms(Math.max(...result.loads.map((l) => l[pick].longestMs)))})`;
  return [
    SECTION_START,
    '## The editor in the browser (issue 15)',
    '',
    `\`${command}\` — ${result.startedAt}, headless Chromium ${result.chromiumVersion} (Debian), Tandem's relay serving the built web app on loopback, ${CORES} cores shared with whatever else ran.`,
    '',
    `**Keystroke → remote paint** on a ${options.paragraphs}-paragraph document (seeded through \`PUT /api/docs/:name/content\`): one tab types ${options.keystrokes} letters at ${1000 / options.keystrokeIntervalMs} keys/s at the end of the middle paragraph; another tab, scrolled to the same paragraph, stamps the animation frame after each character appears in its DOM (MutationObserver + requestAnimationFrame). Latency = that frame − the keydown's \`event.timeStamp\`, both as \`performance.timeOrigin + …\` (one machine, one clock). The ${peersText}. Long tasks: \`PerformanceObserver('longtask')\` of the typist's and the observer's tab between the first keydown and the last paint. Main-thread CPU per keystroke: Chromium's \`Performance.getMetrics\` counters in thread time (\`TaskDuration\`, \`ScriptDuration\`, \`RecalcStyleDuration\` + \`LayoutDuration\`) over the typing, ÷ keystrokes — unlike the latencies, not inflated by waiting for a busy machine; at 10 keys/s, a tab that needs more than 100 ms per keystroke falls behind and latencies grow. Target: p95 ≤ ${BROWSER_TARGETS.remotePaintP95Ms} ms at ${BROWSER_TARGETS.remotePaintEditors} editors, no long task while typing.`,
    '',
    '| editors | p50 | p95 | max | missing | long tasks (typist) | long tasks (observer) | main-thread CPU ms per keystroke, typist | … observer | machine busy / load avg |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `**Time to interactive** of \`/d/<id>\` (navigation start → the editor is editable and its last paragraph is painted), median (min–max) of ${result.loads.length}: cold (fresh context: no IndexedDB, no HTTP cache) **${loads.cold}**; warm (second load, same context: IndexedDB copy and cached assets) **${loads.warm}**. Long tasks during the load, median count: cold ${loadTasks('coldLongTasks')}, warm ${loadTasks('warmLongTasks')}. Machine busy during the loads: ${result.loadMachine.machineBusyPct.toFixed(0)} %.`,
    '',
    result.errors.length === 0 ? 'No page logged an error.' : `Pages logged ${result.errors.length} error(s), first: \`${result.errors[0]}\`.`,
    ...(analysis.trim() ? ['', analysis.trim()] : []),
    SECTION_END,
    '',
  ].join('\n');
}

/**
 * Puts the section into `reportFile` (e.g. bench/REPORT.md): replaces an earlier browser
 * section in place, or appends one. For the lead, after a full relay bench wrote the report.
 */
export function appendBrowserSection(reportFile: string, section: string): void {
  const current = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const start = current.indexOf(SECTION_START);
  const end = current.indexOf(SECTION_END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section.trimEnd() + current.slice(end + SECTION_END.length)
      : `${current.trimEnd()}${current ? '\n\n' : ''}${section}`;
  writeFileSync(reportFile, next.endsWith('\n') ? next : `${next}\n`);
}
