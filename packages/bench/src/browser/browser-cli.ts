import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PACKAGE_DIR, benchPaths } from '../repo-paths';
import { PeerKind, runBrowserBench, type BrowserBenchOptions, type BrowserBenchResult } from './browser-bench';
import { appendBrowserSection, formatBrowserTable, renderBrowserMarkdown } from './browser-report';

/** Usage of `npm run bench -- --browser`. */
export const BROWSER_USAGE = `npm run bench -- --browser [options]     (or npm run bench:browser -w @tandem/bench -- [options])

  --profile full|smoke   full: 2,000 paragraphs, 2/10/20 editors, 100 keystrokes, 3 loads (~3 min);
                         smoke: 50 paragraphs, 2 editors, 5 keystrokes, 1 load
  --paragraphs N         document size
  --editors a,b          editors per typing variant, typist and observer included (each ≥ 2)
  --keystrokes N         keystrokes per variant
  --interval-ms N        time between keystrokes (default 100: 10 keys/s)
  --loads N              cold + warm load pairs for time to interactive
  --peers node|tabs      editors beyond the two measured tabs: stock y-websocket clients in the
                         bench process (default) or full Chromium tabs
  --cpu-prof             write V8 CPU profiles of the typist's and the observer's tab while typing
                         (bench/results/profiles/browser/*.cpuprofile)
  --from-json FILE       only re-render the Markdown from an earlier run's JSON (after editing
                         packages/bench/browser-analysis.md)
  --report FILE          also put the Markdown section into FILE (e.g. bench/REPORT.md)
  --help

Writes bench/results/BROWSER.md and bench/results/browser-<profile>-<time>.json.`;

/** Parsed options of the browser bench CLI. */
export interface BrowserCliOptions {
  readonly profile: 'full' | 'smoke';
  readonly sizes: Omit<BrowserBenchOptions, 'repoRoot' | 'log' | 'cpuProfileDir'>;
  readonly report?: string;
  readonly cpuProfile: boolean;
  readonly fromJson?: string;
  readonly help: boolean;
}

const PROFILES = {
  full: { paragraphs: 2000, editorCounts: [2, 10, 20], keystrokes: 100, keystrokeIntervalMs: 100, loadRuns: 3, peers: PeerKind.node },
  smoke: { paragraphs: 50, editorCounts: [2], keystrokes: 5, keystrokeIntervalMs: 100, loadRuns: 1, peers: PeerKind.node },
} as const satisfies Record<string, BrowserCliOptions['sizes']>;

/** Parses the browser bench's argv (without `--browser`). Throws naming a bad option. */
export function parseBrowserCli(argv: readonly string[]): BrowserCliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      profile: { type: 'string', default: 'full' },
      paragraphs: { type: 'string' },
      editors: { type: 'string' },
      keystrokes: { type: 'string' },
      'interval-ms': { type: 'string' },
      loads: { type: 'string' },
      peers: { type: 'string' },
      report: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'from-json': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const profile = values.profile === 'full' || values.profile === 'smoke' ? values.profile : invalid('--profile', values.profile ?? '');
  const base = PROFILES[profile];
  const peers = values.peers === undefined ? base.peers : values.peers === 'node' || values.peers === 'tabs' ? values.peers : invalid('--peers', values.peers);
  const editorCounts = values.editors === undefined ? [...base.editorCounts] : values.editors.split(',').map((item) => integer('--editors', item, 2));
  return {
    profile,
    sizes: {
      paragraphs: values.paragraphs === undefined ? base.paragraphs : integer('--paragraphs', values.paragraphs, 1),
      editorCounts,
      keystrokes: values.keystrokes === undefined ? base.keystrokes : integer('--keystrokes', values.keystrokes, 1),
      keystrokeIntervalMs: values['interval-ms'] === undefined ? base.keystrokeIntervalMs : integer('--interval-ms', values['interval-ms'], 1),
      loadRuns: values.loads === undefined ? base.loadRuns : integer('--loads', values.loads, 0),
      peers,
    },
    ...(values.report ? { report: values.report } : {}),
    cpuProfile: values['cpu-prof'] ?? false,
    ...(values['from-json'] ? { fromJson: values['from-json'] } : {}),
    help: values.help ?? false,
  };
}

function integer(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) invalid(flag, text);
  return value;
}

function invalid(flag: string, value: string): never {
  throw new Error(`invalid ${flag} value "${value}"\n\n${BROWSER_USAGE}`);
}

/** Runs the browser bench from the command line; resolves with the process exit code. */
export async function runBrowserCli(argv: readonly string[], command: string): Promise<number> {
  const options = parseBrowserCli(argv);
  if (options.help) {
    console.log(BROWSER_USAGE);
    return 0;
  }
  const paths = benchPaths();
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const analysisFile = join(BENCH_PACKAGE_DIR, 'browser-analysis.md');
  const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
  mkdirSync(paths.resultsDir, { recursive: true });
  const markdownFile = join(paths.resultsDir, 'BROWSER.md');
  if (options.fromJson) {
    const earlier = JSON.parse(readFileSync(resolve(cwd, options.fromJson), 'utf8')) as BrowserBenchResult & { command?: string };
    // The section names the command that measured the figures, not this re-render.
    const markdown = renderBrowserMarkdown(earlier, earlier.command ?? command, analysis);
    writeFileSync(markdownFile, markdown);
    if (options.report) appendBrowserSection(resolve(cwd, options.report), markdown);
    console.log(`Markdown: ${markdownFile}`);
    return 0;
  }
  const result = await runBrowserBench({
    ...options.sizes,
    repoRoot: paths.repoRoot,
    ...(options.cpuProfile ? { cpuProfileDir: join(paths.resultsDir, 'profiles', 'browser') } : {}),
    log: (line) => console.error(`[browser] ${line}`),
  });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const jsonFile = join(paths.resultsDir, `browser-${options.profile}-${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify({ ...result, command }, null, 2)}\n`);
  const markdown = renderBrowserMarkdown(result, command, analysis);
  writeFileSync(markdownFile, markdown);
  if (options.report) appendBrowserSection(resolve(cwd, options.report), markdown);
  console.log(formatBrowserTable(result));
  console.log(`\nMarkdown: ${markdownFile}\nJSON:     ${jsonFile}`);
  const failed = result.typing.some((run) => run.missing > 0);
  return failed ? 1 : 0;
}
