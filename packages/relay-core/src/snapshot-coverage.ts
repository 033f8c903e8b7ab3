import * as Y from 'yjs';

/** Clock ranges per client, sorted and merged: `[start, end)` pairs. */
type Ranges = Map<number, [number, number][]>;

/** What a snapshot contains: the struct ranges it holds and the ranges it marks deleted. */
interface Coverage {
  readonly structs: Ranges;
  readonly deletes: Ranges;
}

/**
 * Makes compaction safe on a store that several relays write: the rows a compaction replaces
 * are re-read inside its transaction, and any row whose content the new snapshot lacks (a row
 * another relay appended that this relay never saw) is merged into the snapshot instead of
 * being lost. Returns `snapshot` itself when it already covers every row, which is the usual
 * case (one relay per store), so the stored bytes stay exactly what the core computed.
 */
export function foldUncoveredUpdates(snapshot: Uint8Array, rows: readonly Uint8Array[]): Uint8Array {
  if (rows.length === 0) return snapshot;
  const coverage = coverageOf(snapshot);
  const uncovered = rows.filter((row) => !isCovered(row, coverage));
  return uncovered.length === 0 ? snapshot : Y.mergeUpdates([snapshot, ...uncovered]);
}

function coverageOf(update: Uint8Array): Coverage {
  const { structs, ds } = Y.decodeUpdate(update);
  const structRanges = new Map<number, [number, number][]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    pushRange(structRanges, struct.id.client, struct.id.clock, struct.length);
  }
  const deleteRanges = new Map<number, [number, number][]>();
  for (const [client, items] of ds.clients) for (const item of items) pushRange(deleteRanges, client, item.clock, item.len);
  return { structs: mergeRanges(structRanges), deletes: mergeRanges(deleteRanges) };
}

/** True when applying `row` after the snapshot would add nothing: every struct and every deletion is in it. */
function isCovered(row: Uint8Array, coverage: Coverage): boolean {
  const { structs, ds } = Y.decodeUpdate(row);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (!contains(coverage.structs, struct.id.client, struct.id.clock, struct.length)) return false;
  }
  for (const [client, items] of ds.clients) {
    for (const item of items) if (!contains(coverage.deletes, client, item.clock, item.len)) return false;
  }
  return true;
}

function pushRange(ranges: Ranges, client: number, clock: number, length: number): void {
  if (length <= 0) return;
  let list = ranges.get(client);
  if (!list) ranges.set(client, (list = []));
  list.push([clock, clock + length]);
}

function mergeRanges(ranges: Ranges): Ranges {
  for (const [client, list] of ranges) {
    list.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const range of list) {
      const last = merged.at(-1);
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    }
    ranges.set(client, merged);
  }
  return ranges;
}

/** Binary search for the merged range holding `[clock, clock + length)`. */
function contains(ranges: Ranges, client: number, clock: number, length: number): boolean {
  if (length <= 0) return true;
  const list = ranges.get(client);
  if (!list) return false;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = list[middle]!;
    if (clock < start) high = middle - 1;
    else if (clock >= end) low = middle + 1;
    else return clock + length <= end;
  }
  return false;
}
