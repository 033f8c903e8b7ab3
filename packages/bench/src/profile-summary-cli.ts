import { resolve } from 'node:path';
import { summarizeCpuProfiles, type HotSpot } from './profile/summarize-cpu-profile';
import { findRepoRoot } from './repo-paths';

// `npm run profile:summary -w @tandem/bench -- <file-or-dir> [top]`: the hottest functions and
// modules of the CPU profiles a `--cpu-prof` bench run wrote, as Markdown tables.
const [target, topArg] = process.argv.slice(2);
if (!target) {
  console.error('usage: profile-summary <.cpuprofile file or directory> [top=25]');
  process.exit(2);
}
const path = resolve(process.env.INIT_CWD ?? findRepoRoot(), target);
const summary = summarizeCpuProfiles(path, Number(topArg ?? 25));
const table = (title: string, spots: readonly HotSpot[]): string =>
  [`| ${title} | self ms | share |`, '|---|---:|---:|', ...spots.map((s) => `| \`${s.name}\` | ${s.selfMs.toFixed(0)} | ${(s.share * 100).toFixed(1)}% |`)].join('\n');
console.log(`Profile: ${path} (${summary.totalMs.toFixed(0)} ms of busy samples, idle excluded)\n`);
console.log(table('module', summary.modules));
console.log();
console.log(table('function (self time)', summary.functions));
