import { isBooleanOption, type ConfigOption } from './config-option';
import { ENV_PREFIX } from './raw-values';
import { relayOptions } from './relay-options';

const INDENT = '      ';

/** The relay's `--help` text, generated from the option table. */
export function formatHelp(options: readonly ConfigOption[] = relayOptions, command = 'tandem-relay'): string {
  const lines = [
    `Usage: ${command} [options]`,
    '',
    `Every option is a flag or an environment variable; flags win over environment variables,`,
    `which win over defaults. Unknown flags and unknown ${ENV_PREFIX}* variables are errors`,
    `(they are usually typos). Switches read true/false/1/0 from the environment.`,
    '',
    'Options:',
  ];
  const flagWidth = Math.max(...options.map((option) => flagUsage(option).length));
  const envWidth = Math.max(...options.map((option) => option.env.length));
  for (const option of options) {
    const columns = `${flagUsage(option).padEnd(flagWidth)}  ${option.env.padEnd(envWidth)}`;
    lines.push(`  ${columns}  default: ${formatDefault(option)}`);
    lines.push(`${INDENT}${option.description} Accepts ${option.schema.description}.`);
  }
  lines.push('  -h, --help', `${INDENT}Print this help and exit.`);
  return lines.join('\n');
}

/** A Markdown table of every option (flag, variable, default, description), for the README. */
export function formatConfigTable(options: readonly ConfigOption[] = relayOptions): string {
  const rows = options.map((option) =>
    [
      `\`${flagUsage(option)}\``,
      `\`${option.env}\``,
      `\`${formatDefault(option)}\``,
      `${option.description} Accepts ${option.schema.description}.`,
    ]
      .map((cell) => cell.replaceAll('|', '\\|'))
      .join(' | '),
  );
  return ['| Flag | Environment variable | Default | Description |', '|---|---|---|---|', ...rows.map((row) => `| ${row} |`)].join('\n');
}

function flagUsage(option: ConfigOption): string {
  return isBooleanOption(option) ? `${option.flag}, --no-${option.flag.slice(2)}` : `${option.flag} <value>`;
}

function formatDefault(option: ConfigOption): string {
  const text = Array.isArray(option.default) ? option.default.join(',') : String(option.default);
  return text === '' ? '""' : text;
}
