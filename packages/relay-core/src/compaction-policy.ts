/** When to fold a document's update log into a snapshot. */
export interface CompactionThresholds {
  /** Compact once the log holds this many updates. */
  readonly maxUpdates: number;
  /** ...or this many bytes. */
  readonly maxBytes: number;
}

/** Size of the update log since the last snapshot. */
export interface LogSize {
  readonly count: number;
  readonly bytes: number;
}

/** Snapshot size up to which the thresholds apply as configured; bigger docs scale them up. */
const UNSCALED_SNAPSHOT_BYTES = 64 * 1024;

/**
 * Whether the log should be compacted now. The threshold grows with the snapshot: compaction
 * costs time proportional to the whole document, so a big document compacts less often and
 * the amortised cost per update stays constant instead of growing with the document.
 */
export function shouldCompact(log: LogSize, snapshotBytes: number, thresholds: CompactionThresholds): boolean {
  if (log.count === 0) return false;
  const scale = Math.max(1, snapshotBytes / UNSCALED_SNAPSHOT_BYTES);
  return log.count >= thresholds.maxUpdates * scale || log.bytes >= thresholds.maxBytes * scale;
}
