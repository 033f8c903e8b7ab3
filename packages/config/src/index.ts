export { parseConfig, parseOptions, wantsHelp, type ConfigInput, type ConfigResult } from './parse-config';
export { formatHelp, formatConfigTable } from './format-help';
export { relayOptions, relayRules, LOG_LEVELS, type RelayConfig } from './relay-options';
export { defineOption, type ConfigOption, type ConfigOf, type CrossFieldRule } from './config-option';
export { integerValue, byteSizeValue, durationMsValue, MAX_DURATION_MS, enumValue, textValue, booleanValue, originListValue, addressListValue, secretValue, databaseUrlValue, type ValueSchema, type ValueParse } from './value-schemas';
