import type { VersionInfo } from './ports';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How automatic versions are thinned as they age; named versions are always kept. */
export interface VersionRetention {
  /** Automatic versions younger than this are all kept (default 24 h). */
  readonly keepAllMs: number;
  /**
   * Older ones, up to this age, keep the newest of each clock hour (default 7 days); older still,
   * the newest of each (UTC) day.
   */
  readonly keepHourlyMs: number;
}

/** All of the last 24 h, then hourly for 7 days, then daily. */
export const defaultVersionRetention: VersionRetention = { keepAllMs: DAY_MS, keepHourlyMs: 7 * DAY_MS };

/**
 * The automatic versions retention drops at `now`: past `keepAllMs`, versions are grouped by
 * the clock hour (or, past `keepHourlyMs`, the UTC day) they were made in, and only the newest
 * of each group stays — the state at the end of that hour or day. Groups are fixed periods of
 * the clock, not relative to `now`, so thinning now and again later drops exactly what thinning
 * once later would, and a version that survived a pass only leaves when a newer one of its
 * group reaches the same age. Pure; the caller deletes.
 */
export function versionsToDrop(
  versions: readonly Pick<VersionInfo, 'id' | 'kind' | 'createdAt'>[],
  now: number,
  retention: VersionRetention,
): string[] {
  // Newest first; for equal times the caller's order (the store's: newest saved first) stands.
  const ordered = [...versions].sort((a, b) => b.createdAt - a.createdAt);
  const seenGroups = new Set<string>();
  const dropped: string[] = [];
  for (const version of ordered) {
    if (version.kind === 'named') continue;
    const age = now - version.createdAt;
    if (age < retention.keepAllMs) continue;
    const group = age < retention.keepHourlyMs ? `h${Math.floor(version.createdAt / HOUR_MS)}` : `d${Math.floor(version.createdAt / DAY_MS)}`;
    if (seenGroups.has(group)) dropped.push(version.id);
    else seenGroups.add(group);
  }
  return dropped;
}
