import { dirname, join, resolve } from 'node:path';
import { benchMain, renderReportFromJson } from './bench-main';
import { parseCli, USAGE } from './cli-options';
import { benchPaths } from './repo-paths';

// Entry point of `npm run bench`: runs the bench, prints the table, writes JSON and Markdown.
const argv = process.argv.slice(2);
if (argv.includes('--browser')) {
  // The editor's browser bench (issue 15) has its own options: src/browser/browser-cli.ts.
  const { runBrowserCli } = await import('./browser/browser-cli');
  const rest = argv.filter((arg) => arg !== '--browser');
  process.exit(await runBrowserCli(rest, `npm run bench -- --browser${rest.length > 0 ? ` ${rest.join(' ')}` : ''}`));
}
const options = parseCli(argv);
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const paths = benchPaths();
if (options.fromJson) {
  const reportFile = options.report ? resolve(options.report) : paths.reportFile;
  renderReportFromJson(resolve(process.env.INIT_CWD ?? process.cwd(), options.fromJson), reportFile, paths.repoRoot);
  console.log(`Report: ${reportFile}`);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const isComplete = !options.only && !options.relays;
// A complete full run writes bench/REPORT.md, a complete curves run bench/CURVES.md (charts in
// bench/charts/<profile>/); anything partial goes to bench/results.
const reportFile = options.report
  ? resolve(options.report)
  : isComplete && options.profile.name === 'full'
    ? paths.reportFile
    : isComplete && options.profile.name === 'curves'
      ? join(dirname(paths.reportFile), 'CURVES.md')
      : join(paths.resultsDir, `REPORT-${options.profile.name}.md`);
const launchedByNpm = process.env.npm_lifecycle_event === 'bench';
const command = `${launchedByNpm ? 'npm run bench' : 'npx tsx packages/bench/src/cli.ts'}${argv.length > 0 ? `${launchedByNpm ? ' --' : ''} ${argv.join(' ')}` : ''}`;

const { table, results } = await benchMain({
  profile: options.profile,
  ...(options.relays ? { relays: options.relays } : {}),
  ...(options.only ? { only: options.only } : {}),
  ...(options.cpuProfile ? { cpuProfile: options.cpuProfile } : {}),
  keepWork: options.keepWork,
  command,
  reportFile,
  jsonFile: join(paths.resultsDir, `bench-${options.profile.name}-${stamp}.json`),
  paths,
});
console.log(table);
console.log(`\nReport: ${reportFile}\nJSON:   ${join(paths.resultsDir, `bench-${options.profile.name}-${stamp}.json`)}`);
const failed = results.scenarios.some((s) => s.runs.some((r) => r.hasFailures));
process.exit(failed ? 1 : 0);
