import type { ConfigOf, ConfigOption, CrossFieldRule } from './config-option';
import { HELP_FLAGS, readEnv, readFlags, type RawValue } from './raw-values';
import { relayOptions, relayRules, type RelayConfig } from './relay-options';

/** What the process was started with; passed in so parsing stays pure and testable. */
export interface ConfigInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Arguments after the script name (`process.argv.slice(2)`). */
  readonly argv: readonly string[];
}

/** A frozen config, or every problem found (each naming its env var or flag). */
export type ConfigResult<Config> =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly errors: readonly string[] };

/** True when argv asks for help (`--help` or `-h`); check it before {@link parseConfig}. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((token) => HELP_FLAGS.includes(token));
}

/** Parses the relay's configuration: flags over `TANDEM_*` env vars over defaults. */
export function parseConfig(input: ConfigInput): ConfigResult<RelayConfig> {
  return parseOptions(relayOptions, relayRules, input);
}

/**
 * Parses any option table; {@link parseConfig} is this applied to the relay's table. Reports
 * all errors at once, so an operator fixes a broken deployment in one round.
 */
export function parseOptions<const Options extends readonly ConfigOption[]>(
  options: Options,
  rules: readonly CrossFieldRule<ConfigOf<Options>>[],
  input: ConfigInput,
): ConfigResult<ConfigOf<Options>> {
  const fromEnv = readEnv(options, input.env);
  const fromFlags = readFlags(options, input.argv);
  const errors = [...fromEnv.errors, ...fromFlags.errors];
  const config: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  for (const option of options) {
    const given: RawValue | undefined = fromFlags.values.get(option.key) ?? fromEnv.values.get(option.key);
    sources.set(option.key, given?.source ?? option.env);
    if (!given) {
      config[option.key] = option.default;
      continue;
    }
    const parsed = option.schema.safeParse(given.raw);
    if (parsed.success) config[option.key] = parsed.data;
    else errors.push(`${given.source}: must be ${option.schema.description} (got ${shown(option, given.raw)})`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const typed = Object.freeze(config) as ConfigOf<Options>;
  const nameOf = (key: string): string => sources.get(key) ?? key;
  const ruleErrors = rules.map((rule) => rule(typed, nameOf)).filter((error): error is string => error !== null);
  if (ruleErrors.length > 0) return { ok: false, errors: ruleErrors };
  return { ok: true, config: typed };
}

/** The rejected value as quoted in an error; never the value of a secret. */
function shown(option: ConfigOption, raw: string): string {
  return option.isSecret ? `${raw.length} characters` : JSON.stringify(raw);
}
