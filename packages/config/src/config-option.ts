import type { ValueSchema } from './value-schemas';

/**
 * One setting, readable from an environment variable and a command-line flag. `schema` parses
 * the raw string (from either source) into the typed value; its `description` says what it
 * accepts ("an integer between 0 and 65535") and is reused in errors and help.
 */
export interface ConfigOption<K extends string = string, T = unknown> {
  readonly key: K;
  /** Environment variable, `TANDEM_` + SCREAMING_SNAKE of the key. */
  readonly env: string;
  /** Long flag, `--` + kebab-case of the key. A boolean option also gets `--no-<name>`. */
  readonly flag: string;
  readonly default: T;
  /** One or two sentences for `--help` and the README table. */
  readonly description: string;
  readonly schema: ValueSchema<T>;
  /** A secret (token, password): errors say its length instead of echoing the value. */
  readonly isSecret?: boolean;
}

/**
 * Declares an option, inferring the value type from the schema so `default` is checked
 * against it (`NoInfer` stops a literal default from narrowing the type).
 */
export function defineOption<const K extends string, T>(option: {
  readonly key: K;
  readonly env: string;
  readonly flag: string;
  readonly default: NoInfer<T>;
  readonly description: string;
  readonly schema: ValueSchema<T>;
  readonly isSecret?: boolean;
}): ConfigOption<K, T> {
  return option;
}

/** The frozen config object a table of options produces. */
export type ConfigOf<Options extends readonly ConfigOption[]> = {
  readonly [Option in Options[number] as Option['key']]: Option['default'];
};

/**
 * A rule across several options, checked once every value is valid. Returns an error message
 * or `null`; `nameOf` gives the env var or flag a value came from, so the message names both.
 */
export type CrossFieldRule<Config> = (config: Config, nameOf: (key: keyof Config & string) => string) => string | null;

/** True when the option is a switch: `--flag` / `--no-flag` take no value. */
export function isBooleanOption(option: ConfigOption): boolean {
  return typeof option.default === 'boolean';
}
