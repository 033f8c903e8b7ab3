// Prints the README's metrics table: npx tsx apps/relay/scripts/metrics-table.ts
import { formatMetricsTable } from '../src/metrics/metrics-table';
import { createRelayMetrics } from '../src/metrics/relay-metrics';

process.stdout.write(`${await formatMetricsTable(createRelayMetrics().registry)}\n`);
