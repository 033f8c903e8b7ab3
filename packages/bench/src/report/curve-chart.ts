/** One relay's line: its points, in x order. */
export interface ChartSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

/** What to draw. */
export interface ChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly isLogX: boolean;
  readonly series: readonly ChartSeries[];
}

const WIDTH = 640;
const HEIGHT = 360;
const PAD = { left: 70, right: 170, top: 40, bottom: 50 } as const;
// One colour per relay, in report order (Tandem, y-websocket-server, Hocuspocus).
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'] as const;

/**
 * A line chart as a standalone SVG: x linear or log, y linear from 0, a line and dots per
 * series, labelled ticks at the measured x values and a legend. No dependencies: the report
 * stays reproducible with the bench alone.
 */
export function lineChartSvg(spec: ChartSpec): string {
  const points = spec.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.y));
  const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const maxY = niceCeiling(Math.max(0, ...points.map((p) => p.y)));
  const tx = (x: number): number => {
    const [lo, hi] = [xs[0] ?? 0, xs.at(-1) ?? 1];
    const f = spec.isLogX ? (Math.log10(x) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo) || 1) : (x - lo) / (hi - lo || 1);
    return PAD.left + f * (WIDTH - PAD.left - PAD.right);
  };
  const ty = (y: number): number => HEIGHT - PAD.bottom - (y / (maxY || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * maxY);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2 - PAD.right / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(spec.title)}</text>`,
    ...yTicks.map(
      (y) =>
        `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${ty(y)}" y2="${ty(y)}" stroke="#ddd"/><text x="${PAD.left - 6}" y="${ty(y) + 4}" text-anchor="end">${formatNumber(y)}</text>`,
    ),
    ...xs.map(
      (x) =>
        `<line x1="${tx(x)}" x2="${tx(x)}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom + 4}" stroke="#333"/><text x="${tx(x)}" y="${HEIGHT - PAD.bottom + 18}" text-anchor="middle">${formatNumber(x)}</text>`,
    ),
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom}" stroke="#333"/>`,
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}" stroke="#333"/>`,
    `<text x="${(PAD.left + WIDTH - PAD.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">${escapeXml(spec.xLabel)}${spec.isLogX ? ' (log scale)' : ''}</text>`,
    `<text transform="translate(16 ${(PAD.top + HEIGHT - PAD.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`,
  ];
  spec.series.forEach((series, i) => {
    const color = COLORS[i % COLORS.length];
    const drawn = series.points.filter((p) => Number.isFinite(p.y));
    if (drawn.length > 1) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${drawn.map((p) => `${tx(p.x).toFixed(1)},${ty(p.y).toFixed(1)}`).join(' ')}"/>`);
    for (const p of drawn) parts.push(`<circle cx="${tx(p.x).toFixed(1)}" cy="${ty(p.y).toFixed(1)}" r="3.5" fill="${color}"/>`);
    const ly = PAD.top + 10 + i * 20;
    parts.push(`<line x1="${WIDTH - PAD.right + 15}" x2="${WIDTH - PAD.right + 35}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/><text x="${WIDTH - PAD.right + 40}" y="${ly + 4}">${escapeXml(series.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** The smallest 1/2/5 × 10^k at or above `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

function formatNumber(value: number): string {
  if (value >= 1000) return `${Number((value / 1000).toPrecision(3))}k`;
  return String(Number(value.toPrecision(3)));
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
