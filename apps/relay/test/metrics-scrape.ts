/** One scrape of a Prometheus text endpoint: sample values by series. */
export interface Scrape {
  /** The value of one series, e.g. `value('tandem_messages_sent_total', { type: 'awareness' })`; 0 when absent. */
  value(name: string, labels?: Record<string, string>): number;
  /** Every metric family named by a `# TYPE` line, with its type. */
  readonly types: ReadonlyMap<string, string>;
  readonly text: string;
}

/** Fetches and parses `url` (Prometheus text format 0.0.4). */
export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`scrape ${url}: HTTP ${response.status}`);
  return parseExposition(await response.text());
}

/** Parses Prometheus text exposition (no escapes in label values beyond \\" are needed here). */
export function parseExposition(text: string): Scrape {
  const samples = new Map<string, number>();
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type) types.set(type[1] as string, type[2] as string);
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)/.exec(line);
    if (!sample) continue;
    samples.set(seriesKey(sample[1] as string, parseLabels(sample[2] ?? '')), Number(sample[3]));
  }
  return {
    value: (name, labels = {}) => samples.get(seriesKey(name, labels)) ?? 0,
    types,
    text,
  };
}

function parseLabels(block: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of block.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[match[1] as string] = match[2] as string;
  return labels;
}

function seriesKey(name: string, labels: Record<string, string>): string {
  const pairs = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  return `${name}{${pairs.map(([k, v]) => `${k}="${v}"`).join(',')}}`;
}
