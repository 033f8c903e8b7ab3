import { runBrowserCli } from './browser-cli';

// Entry point of `npm run bench:browser -w @tandem/bench` (the root's `npm run bench -- --browser` goes through cli.ts).
const argv = process.argv.slice(2);
process.exitCode = await runBrowserCli(argv, `npm run bench:browser -w @tandem/bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`);
