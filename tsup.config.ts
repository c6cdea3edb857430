import { defineConfig } from 'tsup'
import { stripDocsPlugin } from './scripts/strip-docs.mjs'

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
  // The constructions' meanings and examples are for the rule pages and tests, not for lints.
  esbuildPlugins: [stripDocsPlugin()],
})
