const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses `90s`, `15m`, `12h`, `7d`, `2w` (or plain seconds) into seconds; null if invalid. */
export function parseDurationSeconds(text: string): number | null {
  const match = /^(\d+)([smhdw]?)$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] ?? 1);
  return value > 0 && Number.isSafeInteger(value) ? value : null;
}
