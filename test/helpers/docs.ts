import type { Rule } from '../../src/index.js'
export { ruleUrl as docsUrl } from '../../src/define-rule.js'

/** The README's rules table, from the rules' metadata (so the docs cannot drift). */
export function rulesTable(rules: readonly Rule[]): string {
  const order = { recommended: 0, strict: 1, all: 2 } as const
  const rows = [...rules]
    .sort((a, b) => order[a.meta.preset] - order[b.meta.preset] || a.meta.id.localeCompare(b.meta.id))
    .map((rule) => {
      const { id, description, severity, preset, fixable } = rule.meta
      return `| [\`${id}\`](rules/${id}.md) | ${description} | ${preset} | ${severity} | ${fixable ? '🔧' : ''} |`
    })
  return ['<!-- rules:start -->', '| rule | what it does | preset | severity | fix |', '| --- | --- | --- | --- | --- |', ...rows, '<!-- rules:end -->'].join('\n')
}

/** A rule page's "Constructions" section, from the rule's metadata. */
export function constructionsSection(rule: Rule): string {
  const list = rule.constructions ?? []
  const escape = (text: string) => text.replaceAll('|', '\\|')
  const body =
    list.length === 0
      ? ['This rule is written as code, not yet as constructions: see “What it catches”.']
      : [
          'Each construction is a way of saying what the rule catches (the grammar is in the README, “Constructions”).',
          '',
          '| construction | meaning | pattern | example |',
          '| --- | --- | --- | --- |',
          ...list.map((c) => `| \`${c.id}\` | ${escape(c.meaning)} | \`${escape(c.pattern)}\` | ${escape(c.example)} |`),
        ]
  return ['<!-- constructions:start -->', ...body, '<!-- constructions:end -->'].join('\n')
}
