import { closestName } from './closest-name';
import { isBooleanOption, type ConfigOption } from './config-option';

/** An unparsed value and the env var or flag it came from (named in errors). */
export interface RawValue {
  readonly raw: string;
  readonly source: string;
}

/** Raw values by option key, and what was wrong with the input. */
export interface RawValues {
  readonly values: Map<string, RawValue>;
  readonly errors: string[];
}

/** Prefix that marks an environment variable as the relay's. */
export const ENV_PREFIX = 'TANDEM_';

/** Flags that print help instead of running. */
export const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/**
 * Collects `TANDEM_*` variables. Unknown ones are errors: a misspelt variable would otherwise
 * be ignored silently and the relay would run with a default the operator did not choose.
 */
export function readEnv(options: readonly ConfigOption[], env: Readonly<Record<string, string | undefined>>): RawValues {
  const byEnv = new Map(options.map((option) => [option.env, option]));
  const values = new Map<string, RawValue>();
  const errors: string[] = [];
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || raw === undefined) continue;
    const option = byEnv.get(name);
    if (option) values.set(option.key, { raw, source: name });
    else errors.push(`${name}: unknown variable${hint(name, [...byEnv.keys()])}`);
  }
  return { values, errors };
}

/**
 * Collects flags: `--name value`, `--name=value`, and for switches `--name` / `--no-name`.
 * A repeated flag takes its last value, as in most CLIs.
 */
export function readFlags(options: readonly ConfigOption[], argv: readonly string[]): RawValues {
  const byFlag = new Map(options.map((option) => [option.flag, option]));
  const values = new Map<string, RawValue>();
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (HELP_FLAGS.includes(token)) continue;
    if (!token.startsWith('-')) {
      errors.push(`unexpected argument "${token}" (options are flags such as --port 1234)`);
      continue;
    }
    const equals = token.indexOf('=');
    const flag = equals === -1 ? token : token.slice(0, equals);
    const inline = equals === -1 ? undefined : token.slice(equals + 1);
    const negated = flag.startsWith('--no-') ? byFlag.get(`--${flag.slice(5)}`) : undefined;
    if (negated && isBooleanOption(negated) && inline === undefined) {
      values.set(negated.key, { raw: 'false', source: flag });
      continue;
    }
    const option = byFlag.get(flag);
    if (!option) {
      errors.push(`${flag}: unknown flag${hint(flag, [...byFlag.keys()])}`);
      // Skip its probable value too, so one typo yields one error, not two.
      if (inline === undefined && i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) i++;
      continue;
    }
    if (inline !== undefined) values.set(option.key, { raw: inline, source: flag });
    else if (isBooleanOption(option)) values.set(option.key, { raw: 'true', source: flag });
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values.set(option.key, { raw: argv[++i]!, source: flag });
    else errors.push(`${flag}: missing value (use ${flag} <value> or ${flag}=<value>)`);
  }
  return { values, errors };
}

function hint(typed: string, candidates: readonly string[]): string {
  const closest = closestName(typed, candidates);
  return closest ? ` (did you mean ${closest}?)` : '';
}
