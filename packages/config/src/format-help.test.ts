import { describe, expect, it } from 'vitest';
import { formatConfigTable, formatHelp } from './format-help';
import { relayOptions } from './relay-options';

describe('formatHelp', () => {
  const help = formatHelp();

  it('lists every option with its flag, variable, default and description', () => {
    for (const option of relayOptions) {
      // Values read `--flag <value>`; switches read `--flag, --no-flag`.
      const line = help.split('\n').find((candidate) => /^[ ,]/.test(candidate.trimStart().slice(option.flag.length)) && candidate.trimStart().startsWith(option.flag));
      expect(line, option.flag).toBeDefined();
      expect(line).toContain(option.env);
      const shown = Array.isArray(option.default) ? option.default.join(',') : String(option.default);
      expect(line).toContain(`default: ${shown === '' ? '""' : shown}`);
      expect(help).toContain(option.description);
    }
    expect(help).toContain('-h, --help');
  });

  it('explains precedence and that unknown TANDEM_* variables are errors', () => {
    expect(help).toContain('flags win over environment variables');
    expect(help).toContain('unknown TANDEM_* variables are errors');
  });
});

describe('formatConfigTable', () => {
  it('is a Markdown table with one row per option', () => {
    const lines = formatConfigTable().split('\n');
    expect(lines[0]).toBe('| Flag | Environment variable | Default | Description |');
    expect(lines).toHaveLength(2 + relayOptions.length);
    expect(lines).toContain(
      '| `--port <value>` | `TANDEM_PORT` | `1234` | TCP port for HTTP and WebSocket; 0 picks a free port. Accepts an integer between 0 and 65535. |',
    );
    for (const line of lines.slice(2)) expect(line.split(' | ')).toHaveLength(4);
  });
});
