/**
 * The error thrown for misuse: an unknown rule, invalid options, an invalid
 * configuration or context. It says which rule and which option path.
 */
export class ReplylintError extends Error {
  /** The rule the error is about, if any. */
  readonly ruleId: string | undefined
  /** Path of the offending value inside the options or configuration. */
  readonly path: string | undefined

  constructor(message: string, details: { ruleId?: string; path?: string } = {}) {
    super(message)
    this.name = 'ReplylintError'
    this.ruleId = details.ruleId
    this.path = details.path
  }
}

/** Format a zod issue path (`['rules', 'x', 1, 'max']` → `rules.x[1].max`). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}
