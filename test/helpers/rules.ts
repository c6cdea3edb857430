import { presets, type Severity } from '../../src/index.js'

/** Every built-in rule turned off, for tests that watch only the rules they define or name. */
export const builtInsOff: Readonly<Record<string, Severity>> = Object.fromEntries(Object.keys(presets.all.rules).map((id) => [id, 'off' as const]))
