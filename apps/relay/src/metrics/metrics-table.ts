import type { Registry } from 'prom-client';

/**
 * The README's metrics table, generated from the registry itself (names, types, label names
 * and help texts), so the documentation cannot drift from what /metrics serves. prom-client's
 * default process and Node.js metrics are summarised in one line.
 */
export async function formatMetricsTable(registry: Registry): Promise<string> {
  const families = await registry.getMetricsAsJSON();
  const rows = families
    .filter((family) => family.name.startsWith('tandem_'))
    .map((family) => {
      const labelNames = (registry.getSingleMetric(family.name) as { labelNames?: readonly string[] } | undefined)?.labelNames ?? [];
      const labels = labelNames.length > 0 ? labelNames.map((l) => `\`${l}\``).join(', ') : '—';
      return `| \`${family.name}\` | ${family.type} | ${labels} | ${family.help.replaceAll('|', '\\|')} |`;
    });
  const defaults = families.filter((family) => !family.name.startsWith('tandem_')).map((family) => `\`${family.name}\``);
  return [
    '| metric | type | labels | meaning |',
    '|---|---|---|---|',
    ...rows,
    `| ${defaults.length} default metrics | | | prom-client's process and Node.js metrics: ${defaults.join(', ')} |`,
  ].join('\n');
}
