import { defineConfig } from 'tsup'
import { rules } from './rules/index.js'
import { tableIsCurrent } from './src/compiled-lexicons.js'
import { stripDocsPlugin } from './scripts/strip-docs.mjs'

// The built package trusts src/lexicons.generated.ts without hashing every phrase at start-up
// (`REPLYLINT_TABLE_CHECKED`), so the build is where a stale table is caught.
if (rules.length === 0 || !tableIsCurrent()) {
  throw new Error('src/lexicons.generated.ts was made from other lexicons than rules/ holds now: run `npm run generate`')
}

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', lsp: 'src/lsp/index.ts', dom: 'src/dom/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  // `replylint/dom` names DOM types; the core's declarations stay free of them.
  dts: { entry: { index: 'src/index.ts', dom: 'src/dom/index.ts' }, compilerOptions: { lib: ['ES2022', 'DOM', 'DOM.Iterable'] } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  // Lexicons are mostly Chinese: written as UTF-8 they take 3 bytes a character, escaped 6.
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
  define: { REPLYLINT_TABLE_CHECKED: 'true' },
  // The constructions' meanings and examples are for the rule pages and tests, not for lints.
  esbuildPlugins: [stripDocsPlugin()],
})
