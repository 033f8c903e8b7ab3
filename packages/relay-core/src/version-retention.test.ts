import { describe, expect, it } from 'vitest';
import type { VersionInfo } from './ports';
import { defaultVersionRetention, versionsToDrop } from './version-retention';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A Monday 00:00 UTC, so hours and days line up with round numbers below. */
const T0 = Date.UTC(2025, 0, 6);

type Version = Pick<VersionInfo, 'id' | 'kind' | 'createdAt'>;
const auto = (createdAt: number, id = `a${createdAt}`): Version => ({ id, kind: 'auto', createdAt });

/** Applies retention at `now` and returns what is left, newest first. */
function thin(versions: readonly Version[], now: number): Version[] {
  const dropped = new Set(versionsToDrop(versions, now, defaultVersionRetention));
  return versions.filter((version) => !dropped.has(version.id)).sort((a, b) => b.createdAt - a.createdAt);
}

describe('versionsToDrop', () => {
  it('keeps every automatic version of the last 24 hours', () => {
    const now = T0 + 30 * DAY;
    const recent = Array.from({ length: 500 }, (_, i) => auto(now - i * 2 * MINUTE)).filter((v) => now - v.createdAt < DAY);
    expect(versionsToDrop(recent, now, defaultVersionRetention)).toEqual([]);
  });

  it('between 24 hours and 7 days keeps the newest of each clock hour', () => {
    const now = T0 + 10 * DAY;
    const hour = now - 2 * DAY - (now % HOUR); // the start of an hour two days back
    const versions = [auto(hour + 1 * MINUTE), auto(hour + 30 * MINUTE), auto(hour + 59 * MINUTE), auto(hour + HOUR + 5 * MINUTE)];
    expect(thin(versions, now).map((v) => v.createdAt)).toEqual([hour + HOUR + 5 * MINUTE, hour + 59 * MINUTE]);
  });

  it('past 7 days keeps the newest of each UTC day', () => {
    const now = T0 + 30 * DAY;
    const day = T0 + 10 * DAY;
    const versions = [auto(day + 1 * HOUR), auto(day + 13 * HOUR), auto(day + 23 * HOUR + 59 * MINUTE), auto(day + DAY + 2 * HOUR)];
    expect(thin(versions, now).map((v) => v.createdAt)).toEqual([day + DAY + 2 * HOUR, day + 23 * HOUR + 59 * MINUTE]);
  });

  it('never drops a named version, however old and however many', () => {
    const now = T0 + 400 * DAY;
    const named: Version[] = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, kind: 'named', createdAt: T0 + i * MINUTE }));
    expect(versionsToDrop([...named, auto(T0 + 3 * MINUTE), auto(T0 + 4 * MINUTE)], now, defaultVersionRetention)).toEqual([`a${T0 + 3 * MINUTE}`]);
  });

  it('among versions of the same instant keeps the first listed (the store lists the newest saved first)', () => {
    const now = T0 + 3 * DAY;
    expect(versionsToDrop([auto(T0, 'later'), auto(T0, 'earlier')], now, defaultVersionRetention)).toEqual(['earlier']);
  });

  it('thinning every hour while editing for 10 days leaves exactly what thinning once at the end leaves', () => {
    let kept: Version[] = [];
    const all: Version[] = [];
    for (let t = T0; t < T0 + 10 * DAY; t += 7 * MINUTE) {
      const version = auto(t);
      all.push(version);
      kept.push(version);
      if ((t - T0) % HOUR < 7 * MINUTE) kept = thin(kept, t);
    }
    const end = T0 + 10 * DAY;
    expect(thin(kept, end)).toEqual(thin(all, end));
    // A day of versions every 7 minutes, then one per hour for six days, then one per day.
    const remaining = thin(all, end);
    expect(remaining.length).toBeGreaterThan(Math.floor(DAY / (7 * MINUTE)) + 6 * 24);
    expect(remaining.length).toBeLessThan(Math.ceil(DAY / (7 * MINUTE)) + 7 * 24 + 4);
  });

  it('is idempotent', () => {
    const now = T0 + 20 * DAY;
    const versions = Array.from({ length: 3_000 }, (_, i) => auto(T0 + i * 9 * MINUTE));
    const once = thin(versions, now);
    expect(versionsToDrop(once, now, defaultVersionRetention)).toEqual([]);
  });

  it('honours other settings: keep all for an hour, hourly for a day', () => {
    const now = T0 + 5 * DAY;
    const retention = { keepAllMs: HOUR, keepHourlyMs: DAY };
    const versions = Array.from({ length: 5 * 24 * 6 }, (_, i) => auto(T0 + i * 10 * MINUTE));
    const dropped = new Set(versionsToDrop(versions, now, retention));
    const left = versions.filter((v) => !dropped.has(v.id));
    // The last version is 10 minutes old: five in the last hour, all kept.
    expect(left.filter((v) => now - v.createdAt < HOUR)).toHaveLength(5);
    // One for each of the 24 clock hours they fall in (the first holds only the one exactly an hour old).
    expect(left.filter((v) => now - v.createdAt >= HOUR && now - v.createdAt < DAY)).toHaveLength(24);
    // Days 0–3, and day 4 for the one exactly a day old.
    expect(left.filter((v) => now - v.createdAt >= DAY)).toHaveLength(5);
  });
});
