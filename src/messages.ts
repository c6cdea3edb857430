/**
 * Message templates: `{name}` placeholders filled from the report, with
 * customer data masked and long quotations cut, whatever the rule passed.
 */
import { maskIdentifiers } from './language/identifiers.js'

/** Fill the `{name}` placeholders of `template`; unknown names are left as they are. */
export function format(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? data[name]! : whole))
}

/** How many characters of a value a message quotes before cutting it with `…`. */
export const maxQuoted = 80

/**
 * A diagnostic's message: the template filled with each value masked and cut
 * to `limit` characters (default `maxQuoted`), then masked as a whole (a rule's own template
 * text or a value split across placeholders may hold a number too).
 */
export function message(template: string, data: Readonly<Record<string, string>>, limit = maxQuoted): string {
  const quoted: Record<string, string> = {}
  for (const [name, value] of Object.entries(data)) quoted[name] = cut(maskIdentifiers(value), limit)
  return maskIdentifiers(format(template, quoted))
}

/** The first `limit` characters of `value` (never half a surrogate pair), with `…` if cut. */
function cut(value: string, limit: number): string {
  if (value.length <= limit) return value
  let end = limit - 1
  const c = value.charCodeAt(end - 1)
  if (c >= 0xd800 && c <= 0xdbff) end--
  return value.slice(0, end) + '…'
}

/** What a thrown value says, for any value: one that cannot be printed is named by its kind. */
export function describeError(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : typeof error === 'symbol' ? error.toString() : String(error)
    return text
  } catch {
    return `a thrown ${error === null ? 'null' : typeof error} that cannot be printed`
  }
}

/**
 * Whether `value` is a promise (or any thenable); if so its rejection is
 * handled here, so that a rule written as `async` cannot end the process
 * with an unhandled rejection.
 */
export function swallowPromise(value: unknown): boolean {
  try {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
    const then = (value as { then?: unknown }).then
    if (typeof then !== 'function') return false
    then.call(value, undefined, () => undefined)
    return true
  } catch {
    return true
  }
}
