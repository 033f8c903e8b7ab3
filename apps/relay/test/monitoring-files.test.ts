import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMetricsTable } from '../src/metrics/metrics-table';
import { createRelayMetrics } from '../src/metrics/relay-metrics';
import { exportedNames, metricNamesIn } from './promql-names';

const repoFile = (path: string) => new URL(`../../../${path}`, import.meta.url);
const read = (path: string) => readFileSync(repoFile(path), 'utf8');

/** Series Prometheus itself adds to every target; the relay cannot export them. */
const PROMETHEUS_SERIES = new Set(['up']);

function dashboardExpressions(): string[] {
  const expressions: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'expr' || key === 'definition') && typeof value === 'string') expressions.push(value);
      else walk(value);
    }
  };
  walk(JSON.parse(read('deploy/grafana/tandem-dashboard.json')));
  // label_values(metric, label): only the first argument is a metric.
  return expressions.map((e) => e.replace(/label_values\(\s*([^,)]+)(?:,[^)]*)?\)/g, '$1'));
}

function alertExpressions(): string[] {
  return [...read('deploy/prometheus/alerts.yml').matchAll(/^\s*expr:\s*(.+)$/gm)].map((m) => (m[1] as string).trim());
}

const hasPromtool = spawnSync('promtool', ['--version']).status === 0;

describe('dashboard and alerts', () => {
  it('name only metrics the relay exports', async () => {
    const exported = exportedNames(await createRelayMetrics().registry.metrics());
    const used = new Map<string, string>();
    for (const [file, expressions] of [['dashboard', dashboardExpressions()], ['alerts', alertExpressions()]] as const) {
      expect(expressions.length).toBeGreaterThan(5);
      for (const expression of expressions) for (const name of metricNamesIn(expression)) used.set(name, `${file}: ${expression}`);
    }
    const unknown = [...used].filter(([name]) => !exported.has(name) && !PROMETHEUS_SERIES.has(name));
    expect(unknown).toEqual([]);
    // The panels the issue asks for are there.
    for (const name of ['tandem_connections_open', 'tandem_documents_loaded', 'tandem_updates_received_total', 'tandem_update_delivery_seconds_bucket',
      'tandem_store_append_duration_seconds_bucket', 'tandem_connections_closed_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_p99_seconds']) {
      expect(used.has(name), name).toBe(true);
    }
  });

  it('the name check itself catches a metric the relay does not export', () => {
    expect(metricNamesIn('sum by (le) (rate(tandem_no_such_metric_bucket{job=~"$job"}[$__rate_interval])) > 0.05')).toEqual(['tandem_no_such_metric_bucket']);
  });

  it.skipIf(!hasPromtool)('alert rules pass promtool check rules and their unit tests (promtool test rules)', () => {
    const dir = repoFile('deploy/prometheus/').pathname;
    execFileSync('promtool', ['check', 'rules', 'alerts.yml'], { cwd: dir, stdio: 'pipe' });
    execFileSync('promtool', ['test', 'rules', 'alerts.test.yml'], { cwd: dir, stdio: 'pipe' });
  });
  if (!hasPromtool) console.warn('promtool not found: alert rules not validated (apt-get install prometheus; .ci/run installs it)');
});

describe('README metrics table', () => {
  it('is the one generated from the registry (regenerate: npx tsx apps/relay/scripts/metrics-table.ts)', async () => {
    const readme = read('README.md');
    const start = readme.indexOf('<!-- metrics-table:start');
    const end = readme.indexOf('<!-- metrics-table:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(readme.indexOf('\n', start) + 1, end).trim()).toBe(await formatMetricsTable(createRelayMetrics().registry));
  });
});
