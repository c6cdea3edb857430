/**
 * The playground: a reply box with the drop-in checker, the settings a chat
 * tool would pass, a conversation to reply to, examples and the rule list.
 */
import { rules } from '../rules/index.js'
import { attach } from '../src/dom/index.js'
import type { Locale, LintOptions, PresetName, Turn } from '../src/types.js'

/** One example reply, read from the rule pages at build time. */
interface Example {
  rule: string
  reply: string
  history?: Turn[]
  waitedSeconds?: number
}
declare const EXAMPLES: Example[]

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const reply = $<HTMLTextAreaElement>('reply')
const preset = $<HTMLSelectElement>('preset')
const platform = $<HTMLSelectElement>('platform')
const locale = $<HTMLSelectElement>('locale')
const conversation = $<HTMLInputElement>('conversation')
const history = $<HTMLTextAreaElement>('history')
const wait = $<HTMLInputElement>('wait')
const timing = $<HTMLOutputElement>('timing')

const customer = /^\s*(顾客|顧客|客户|客戶|买家|買家|customer|buyer)\s*[:：]\s*/i
const agent = /^\s*(客服|卖家|賣家|agent|seller)\s*[:：]\s*/i

/** The earlier turns, one a line; a line without a speaker is the customer's. */
function turns(): Turn[] {
  return history.value
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (agent.test(line) ? { role: 'agent', text: line.replace(agent, '') } : { role: 'customer', text: line.replace(customer, '') }))
}

function lintOptions(): LintOptions {
  const waitedSeconds = Number(wait.value) || undefined
  return {
    preset: preset.value as PresetName,
    ...(locale.value ? { locale: locale.value as Locale } : {}),
    context: conversation.checked ? { platform: platform.value, history: turns(), waitedSeconds } : { platform: platform.value },
  }
}

// The time of the last 200 lints on input, for the median and p99 shown under the box.
const times: number[] = []
const checker = attach(reply, {
  list: $('problems'),
  lintOptions,
  onLint(_diagnostics, ms) {
    times.push(ms)
    if (times.length > 200) times.shift()
    const sorted = [...times].sort((a, b) => a - b)
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!.toFixed(2)
    timing.value = `lint: ${ms.toFixed(2)} ms (median ${at(0.5)}, p99 ${at(0.99)} ms over ${sorted.length} keystrokes)`
  },
})
Object.assign(window, { playground: { checker } })

for (const control of [preset, platform, locale, conversation, history, wait])
  control.addEventListener(control === history || control === wait ? 'input' : 'change', () => {
    $('chat').hidden = !conversation.checked
    checker.lint()
  })

$('send').addEventListener('click', async () => {
  if (!(await checker.beforeSend())) return
  if (conversation.checked && reply.value.trim()) history.value += `${history.value && !history.value.endsWith('\n') ? '\n' : ''}客服：${reply.value}\n`
  $<HTMLOutputElement>('sent').value = reply.value.trim() ? 'Sent.' : ''
  reply.value = ''
  checker.lint()
  reply.focus()
})

for (const example of EXAMPLES) {
  const button = $('examples').appendChild(document.createElement('button'))
  button.type = 'button'
  button.append(Object.assign(document.createElement('small'), { textContent: example.rule }), example.reply)
  button.addEventListener('click', () => {
    conversation.checked = Boolean(example.history)
    $('chat').hidden = !conversation.checked
    history.value = (example.history ?? []).map((turn) => `${turn.role === 'agent' ? '客服' : '顾客'}：${turn.text}`).join('\n')
    wait.value = String(example.waitedSeconds ?? 0)
    reply.value = example.reply
    reply.focus()
    checker.lint()
  })
}

const body = $<HTMLTableElement>('rules').tBodies[0]!
for (const { meta } of rules) {
  const row = body.insertRow()
  const link = Object.assign(document.createElement('a'), { href: meta.url, textContent: meta.id })
  row.insertCell().append(link)
  for (const text of [meta.description, meta.preset, meta.severity]) row.insertCell().textContent = text
}
