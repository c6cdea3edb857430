#!/usr/bin/env node
// `npm run build:playground`: bundle the playground into one self-contained page,
// playground/dist/index.html, that opens from file:// and from any static host.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { stripDocsPlugin } from '../scripts/strip-docs.mjs'
import { examples } from './examples.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Build the playground into `out` (default playground/dist); returns the page's path. */
export async function buildPlayground(out = path.join(here, 'dist')) {
  const result = await build({
    entryPoints: [path.join(here, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
    define: { EXAMPLES: JSON.stringify(examples(path.join(here, '..', 'rules'))) },
    plugins: [stripDocsPlugin()],
  })
  // A classic inline script: module scripts do not load from file://. `</script` cannot end it early.
  const script = result.outputFiles[0].text.replaceAll('</script', '<\\/script')
  const page = fs
    .readFileSync(path.join(here, 'index.html'), 'utf8')
    .replace('/*STYLE*/', () => fs.readFileSync(path.join(here, 'style.css'), 'utf8'))
    .replace('/*SCRIPT*/', () => script)
  fs.mkdirSync(out, { recursive: true })
  const file = path.join(out, 'index.html')
  fs.writeFileSync(file, page)
  return file
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await buildPlayground()
  console.log(`${path.relative(process.cwd(), file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`)
}
