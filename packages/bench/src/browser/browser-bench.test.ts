import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPaths } from '../repo-paths';
import { runBrowserBench } from './browser-bench';
import { parseBrowserCli } from './browser-cli';
import { appendBrowserSection, formatBrowserTable, renderBrowserMarkdown } from './browser-report';

// Toy sizes of the editor's browser bench on real Chromium and the real relay, so it never rots:
// typist + observer tabs + one stock y-websocket peer, 50 paragraphs, 5 keystrokes, one cold and warm load.
describe('browser bench smoke run', () => {
  it('measures keystroke → remote paint, long tasks and time to interactive in headless Chromium', { timeout: 90_000 }, async () => {
    const keystrokes = 5;
    const result = await runBrowserBench({
      paragraphs: 50,
      editorCounts: [3],
      keystrokes,
      keystrokeIntervalMs: 100,
      loadRuns: 1,
      peers: 'node',
      repoRoot: benchPaths().repoRoot,
    });
    expect(result.errors).toEqual([]);
    const [typing] = result.typing;
    expect(typing?.editors).toBe(3);
    expect(typing?.missing).toBe(0);
    // Every keystroke was painted in the other tab after its keydown, within the paint deadline.
    expect(typing?.latenciesMs).toHaveLength(keystrokes);
    for (const latency of typing?.latenciesMs ?? []) expect(latency).toBeGreaterThan(0);
    expect(typing?.latency.p95).toBeGreaterThanOrEqual(typing?.latency.p50 ?? Number.NaN);
    expect(Number.isInteger(typing?.typistLongTasks.count)).toBe(true);
    const [load] = result.loads;
    expect(load?.coldMs).toBeGreaterThan(0);
    expect(load?.warmMs).toBeGreaterThan(0);

    const markdown = renderBrowserMarkdown(result, 'vitest (smoke)');
    expect(markdown).toMatch(/\| 3 \| \d+(\.\d)? ms \|/);
    expect(formatBrowserTable(result)).toContain('time to interactive: cold');
  });
});

describe('browser bench report and options', () => {
  it('replaces an earlier browser section of a report in place and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-report-'));
    try {
      const file = join(dir, 'REPORT.md');
      writeFileSync(file, '# Report\n\nrelay figures\n');
      appendBrowserSection(file, '<!-- browser-bench:start -->\nfirst\n<!-- browser-bench:end -->\n');
      appendBrowserSection(file, '<!-- browser-bench:start -->\nsecond\n<!-- browser-bench:end -->\n');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('relay figures');
      expect(text).toContain('second');
      expect(text).not.toContain('first');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes sizes from the profile and lets flags override them', () => {
    expect(parseBrowserCli([]).sizes).toMatchObject({ paragraphs: 2000, editorCounts: [2, 10, 20], peers: 'node' });
    expect(parseBrowserCli(['--profile', 'smoke', '--editors', '2,4', '--peers', 'tabs']).sizes).toMatchObject({ paragraphs: 50, editorCounts: [2, 4], peers: 'tabs' });
    expect(() => parseBrowserCli(['--editors', '1'])).toThrow(/--editors/);
    expect(() => parseBrowserCli(['--peers', 'robots'])).toThrow(/--peers/);
  });
});
