/**
 * Structured libraries (JSON, JSON Lines, YAML) share one tree of values with
 * source positions, and one way of finding the replies in it: canned replies
 * under a field (`reply`, `text`, `话术`, `内容`), every string when no such
 * field exists, and whole conversations wherever a value has their shape.
 */
import type { Segment } from '../source-map.js'
import type { Extraction, Unit } from './types.js'

/** A value of a structured file, with its `[start, end)` in the file. */
export type TreeNode = (
  | { readonly type: 'string'; readonly value: string; readonly segment: Segment }
  | { readonly type: 'scalar'; readonly value: number | boolean | null }
  | { readonly type: 'array'; readonly items: readonly TreeNode[] }
  | { readonly type: 'object'; readonly entries: ReadonlyArray<readonly [string, TreeNode]> }
  | { readonly type: 'other' }
) & { readonly start: number; readonly end: number }

/** The fields that hold a reply unless the configuration names others. */
export const defaultFields: readonly string[] = ['reply', 'text', '话术', '内容']

/** How replies are found in a tree. */
export interface TreeOptions {
  /** Fields that hold replies; when given, nothing else is a reply. */
  readonly fields?: readonly string[] | undefined
  /** `true`: every value must be a conversation; `false`: never look for conversations; unset: detect them. */
  readonly conversation?: boolean | undefined
}

type Entries = ReadonlyArray<readonly [string, TreeNode]>

function field(entries: Entries, name: string): TreeNode | undefined {
  for (const [key, value] of entries) if (key === name) return value
  return undefined
}

/** Turns of a conversation, or `undefined` when `node` is not an array of `{role, text, time?}`. */
function turnsOf(node: TreeNode): Unit & { kind: 'conversation' } | undefined {
  if (node.type !== 'array' || node.items.length === 0) return undefined
  const turns = []
  for (const item of node.items) {
    if (item.type !== 'object') return undefined
    const role = field(item.entries, 'role')
    const text = field(item.entries, 'text')
    const time = field(item.entries, 'time')
    if (role?.type !== 'string' || (role.value !== 'customer' && role.value !== 'agent') || text?.type !== 'string') return undefined
    if (time && time.type !== 'string' && !(time.type === 'scalar' && typeof time.value === 'number')) return undefined
    turns.push({ role: role.value, segment: text.segment, time: time ? (time.value as string | number) : undefined } as const)
  }
  return { kind: 'conversation', turns }
}

/** A conversation (`[turn…]` or `{turns: [turn…]}`) or a reply with its history (`{text, history: [turn…]}`). */
function conversationOf(node: TreeNode): Unit | undefined {
  if (node.type === 'array') return turnsOf(node)
  if (node.type !== 'object') return undefined
  const turns = field(node.entries, 'turns')
  if (turns) return turnsOf(turns)
  const history = field(node.entries, 'history')
  const text = field(node.entries, 'text')
  if (history && text?.type === 'string') {
    const earlier = history.type === 'array' && history.items.length === 0 ? { turns: [] } : turnsOf(history)
    if (!earlier) return undefined
    return {
      kind: 'reply',
      segment: text.segment,
      history: earlier.turns.map((turn) => ({ role: turn.role, text: turn.segment.text, ...(turn.time !== undefined && { time: turn.time }) })),
    }
  }
  return undefined
}

/** The children of a value, in order. */
function children(node: TreeNode): readonly TreeNode[] {
  if (node.type === 'array') return node.items
  if (node.type === 'object') return node.entries.map(([, value]) => value)
  return []
}

/**
 * Visit `root` and the values inside it depth-first, in document order,
 * with a stack of its own: a file nested 100,000 deep is no special case.
 *
 * @param visit Returns `false` to skip the values inside the one visited.
 */
function visit(root: TreeNode, visitor: (node: TreeNode) => boolean): void {
  const pending = [root]
  while (pending.length) {
    const node = pending.pop()!
    if (!visitor(node)) continue
    const inside = children(node)
    for (let i = inside.length - 1; i >= 0; i--) pending.push(inside[i]!)
  }
}

function hasField(node: TreeNode, fields: ReadonlySet<string>): boolean {
  let found = false
  visit(node, (value) => {
    if (value.type === 'object' && value.entries.some(([key]) => fields.has(key.trim().toLowerCase()))) found = true
    return !found
  })
  return found
}

function strings(node: TreeNode, out: Unit[]): void {
  visit(node, (value) => {
    if (value.type === 'string') out.push({ kind: 'reply', segment: value.segment })
    return true
  })
}

/**
 * Find the replies and conversations of a tree.
 *
 * @param node The root value.
 * @param options Fields and conversation detection.
 * @param extraction Where units and problems go.
 */
export function collectUnits(node: TreeNode, options: TreeOptions, extraction: Extraction): void {
  if (options.conversation === true) {
    const unit = conversationOf(node)
    if (unit) extraction.units.push(unit)
    else {
      extraction.problems.push({
        message: 'Expected a conversation: an array of {role, text} turns, {turns: […]} or {text, history: […]}',
        start: node.start,
        end: node.end,
      })
    }
    return
  }
  const fields = new Set((options.fields ?? defaultFields).map((name) => name.trim().toLowerCase()))
  const byField = options.fields !== undefined || hasField(node, fields)
  visit(node, (value) => {
    if (options.conversation !== false) {
      const unit = conversationOf(value)
      if (unit) {
        extraction.units.push(unit)
        return false
      }
    }
    if (value.type === 'object' && byField) {
      for (const [key, child] of value.entries) {
        if (fields.has(key.trim().toLowerCase())) {
          strings(child, extraction.units)
          return false
        }
      }
    }
    if (value.type === 'string' && !byField) extraction.units.push({ kind: 'reply', segment: value.segment })
    return true
  })
}

/** `reply`, `` `a` or `b` ``: the fields, for messages. */
export function describeFields(fields: readonly string[]): string {
  const quoted = fields.map((name) => `\`${name}\``)
  return quoted.length === 1 ? `field ${quoted[0]}` : `fields ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
