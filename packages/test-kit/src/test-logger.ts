import type { Logger } from '@tandem/relay-core';

/** A logger that discards everything. */
export function createSilentLogger(): Logger {
  const ignore = (): void => undefined;
  return { debug: ignore, info: ignore, warn: ignore, error: ignore };
}

/** A logger that keeps every line, so tests can assert what was logged. */
export interface RecordingLogger extends Logger {
  readonly lines: { level: string; fields: object; message: string }[];
}

/** Creates a RecordingLogger. */
export function createRecordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  const record = (level: string) => (fields: object, message: string) => void lines.push({ level, fields, message });
  return { lines, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}
