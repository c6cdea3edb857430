// The playground's example replies: the "Incorrect" examples of each rule's page, which quote
// or follow the handbooks. Read at build time, so the pages stay their only copy.
import fs from 'node:fs'
import path from 'node:path'

const customer = /^\s*[（(]?\s*(顾客|顧客|客户|客戶|买家|買家|customer|buyer)\s*(?:(\d+)\s*(分钟|分鐘|minutes?)前问|(\d+)\s*minutes? ago)?\s*[:：]\s*/i
const agent = /^\s*(客服|卖家|賣家|agent|seller)\s*[:：]\s*/i

/**
 * The examples of one rule page: `{ rule, reply, history?, waitedSeconds? }[]`.
 * A block of `顾客：…` / `客服：…` lines is a conversation (its last agent line is the reply);
 * `顾客：问 → 答` is one too; `（顾客 5 分钟前问：…）` before a reply gives the wait.
 */
export function examplesOf(rule, markdown) {
  const block = /## Incorrect\s+```text\n([\s\S]*?)```/.exec(markdown)?.[1] ?? ''
  const out = []
  for (const part of block.split(/\n\s*\n/)) {
    const lines = part.split('\n').filter((line) => line.trim())
    if (lines.some((line) => agent.test(line))) {
      const turns = lines.map((line) => (agent.test(line) ? { role: 'agent', text: line.replace(agent, '') } : { role: 'customer', text: line.replace(customer, '') }))
      const reply = turns.pop()
      out.push({ rule, reply: reply.text.trim(), history: turns })
      continue
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      const asked = customer.exec(line)
      if (asked && line.includes('→')) {
        const [question, reply] = line.replace(customer, '').split('→')
        out.push({ rule, reply: reply.trim(), history: [{ role: 'customer', text: question.trim() }] })
      } else if (asked && lines[i + 1]) {
        const minutes = Number(asked[2] ?? asked[4] ?? 0)
        const text = line.replace(customer, '').replace(/[）)]\s*$/, '')
        out.push({ rule, reply: lines[++i].trim(), history: [{ role: 'customer', text }], ...(minutes ? { waitedSeconds: minutes * 60 } : {}) })
      } else out.push({ rule, reply: line.trim() })
    }
  }
  return out
}

/** Every rule page's examples, in rule order. */
export function examples(rulesDir) {
  return fs
    .readdirSync(rulesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => examplesOf(name.slice(0, -3), fs.readFileSync(path.join(rulesDir, name), 'utf8')))
}
