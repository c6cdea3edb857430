/**
 * The library runs in browsers and stays small: it bundles for the browser
 * (no Node built-ins) within its budget, and the drop-in checker
 * (`replylint/dom`) adds little to it.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/fixtures.js'
import { stripDocsPlugin } from '../scripts/strip-docs.mjs'

/**
 * Budgets for the minified browser bundle, dependencies (zod/mini, OpenCC's
 * character table) included. Most of it is the rules' lexicons: Chinese text.
 */
// 567.4 KiB after the sixth reading's classes and the linear-time fixes of its stop, 568.7 KiB
// with the eighth reading's (answers about the product's use, a term of address kept last),
// 570.6 KiB with stop 22's constructions (rhetorical questions that presuppose, ba-result), 574.8 KiB
// with the rest of that stop's (no-typo's English misspellings, no-absolute-claim's and no-blame's
// constructions, the failed-attempt and organisation classes), 575.1 KiB with one watch set of all
// built-in watched words for the linter's sets, 577.5 KiB with stop 23's rhetorical questions
// written from the language (seventeen families), 581.5 KiB with the rest of that stop's
// (complaint questions, no-typo's confusions by kind, the emphatic absolutes, the customer's close),
// 584.0 KiB with its last classes (no-insult's and no-blame's forms of contempt and blame), 587.8 KiB
// with stop 24's chat-bubble ends (`$|`) and its rhetorical questions from the twelfth (tuning) round,
// 590.0 KiB with its bubble starts (`^|`), blame and insult forms, 590.5 KiB with its messenger
// nicknames and guarantees, 591.7 KiB with bubbles told by white space and its last orders, 592.2 KiB
// with its last insults, 596.9 KiB with stop 25's constructions from the tenth round (why-not and
// exclaimed questions, trash and disgust, blame told as done by the other side), 600.2 KiB with the rest
// of them (questions put to the shop as a whole, giving in at the close, spaced identifiers), 600.5 KiB
// with its last insults, 607.7 KiB with stop 26's (the fifteenth round's tuning on eleventh: sarcastic
// 'be more X', a charge asked, blame by damage, inline English lists, borrowed `fit`, precision),
// 608.4 KiB with its last orders (whatever it takes, money sent back), 616.6 KiB with stop 27's
// (the sixteenth round's tuning on thirteenth and the corpus's customer turns: charges put as
// questions, demands handed back, contempt by act, blame by one's own act, 在/再 and 以/已), 622.7 KiB
// with stop 28's (the seventeenth round's tuning on fourteenth: the 反问句 markers, names of abuse as a
// predicate, numbers spelled out, English order numbers, conditions that soften nothing).
const minifiedBudget = 624 * 1024
// 221.2 KB gzip before stop 22, 223.2 KB after it, 226.7 KB with stop 23's, 228.2 KB with stop 24's
// first constructions, 228.9 KB with the rest, 229.6 KB with its last, 231.3 KB with stop 25's
// first, 232.4 KB with the rest, 232.5 KB with its last, 235.0 KB with stop 26's, 238.1 KB with stop 27's, 240.2 KB with stop 28's.
const gzipBudget = 240.5 * 1024
/**
 * The `lint` import alone, today's size with a small margin: 110 KB before this
 * milestone, 140 KB with the disguise tables and the first constructions, 163 KB
 * with the constructions written by family (their meanings and examples are left
 * out of the bundles, see scripts/strip-docs.mjs), 166 KB with the lean structures
 * of a large lint (sentence tables, the lazy tree; issue 14 item 3), 190 KB with
 * the third round of constructions (no-blame and no-insult alone +11 KB), 195 KB with
 * the constructions of the third and fourth labelled rounds and @selfService, 197.5 KB with
 * the fifth round's, 202.3 KB with the sixth round's (about fifty families; library 205.9 KB,
 * 527.7 KiB minified), 206.5 KB with the eighth round's first families and written Cantonese
 * (library 540.8 KiB minified), 209.7 KB at the end of that round (about sixty families and the
 * readings' exclusions; library 548.6 KiB minified), 213.0 KB with the ninth round's families and
 * the third reading's classes (library 557.1 KiB minified; 560.3 KiB with the rest of that
 * stop's families), 215.1 KB with no-off-platform-contact's one-pass stranding check (its regexes,
 * run on the rest of the reply for each invitation, had made many invitations quadratic), 216.5 KB
 * with the sixth reading's classes (third parties of no-insult, the @vocative class, the fix's
 * connectives, what nobody asks of no-credential-request), 217.1 KB with the rest of that stop's
 * classes and linear-time fixes, 218.2 KB with stop 22's constructions (rhetorical
 * questions that presuppose their answer, ba-result) and a chat line's run-on sentences
 * (`runOnStart`), 219.7 KB with the rest of that stop's (no-typo's English misspellings and
 * more constructions), 220.9 KB with stop 23's rhetorical questions written from the language, 223.2 KB
 * with the rest of that stop's, 224.7 KB with stop 24's chat-bubble ends and rhetorical questions, 225.4 KB
 * with its bubble starts, blame and insult forms, 226.1 KB with the rest of its constructions, 227.8 KB
 * with stop 25's first (written from the tenth round once it was opened), 229.1 KB with the rest,
 * 231.6 KB with stop 26's (written from the eleventh round once it was opened), 234.7 KB with
 * stop 27's (written from the thirteenth round once it was opened, and the corpus's customer turns), 236.9 KB
 * with stop 28's (written from the fourteenth round once it was opened). The
 * targets are 90 KB (issue 13) and 80 KB (issue 14): the constructions' pattern
 * text has to be stored compactly before they can be met.
 */
const lintBudget = 237.5 * 1024
/** What the checker may add on top of `lint`. */
const checkerBudget = 6 * 1024

/** A minified browser bundle of a module whose source is given (imports resolved from the root). */
async function bundle(source: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
    // As the package ships: the constructions' documentation stays in the sources.
    plugins: [stripDocsPlugin()],
  })
  return result.outputFiles[0]!.contents
}

const gzipped = async (source: string) => gzipSync(await bundle(source), { level: 9 }).byteLength

describe('browser bundle', () => {
  it('builds for the browser within its budget', async () => {
    const library = await bundle(`export * from './src/index.ts'`)
    expect(library.byteLength).toBeLessThan(minifiedBudget)
    expect(gzipSync(library, { level: 9 }).byteLength).toBeLessThan(gzipBudget)
  })

  it('grows by at most 6 KB (gzip -9) when the checker joins the lint import', async () => {
    const lint = await gzipped(`export { lint } from './src/index.ts'`)
    const both = await gzipped(`export { lint } from './src/index.ts'\nexport { attach } from './src/dom/index.ts'`)
    console.log(`lint: ${(lint / 1024).toFixed(1)} KB, lint + checker: ${(both / 1024).toFixed(1)} KB, checker: ${((both - lint) / 1024).toFixed(2)} KB (gzip -9)`)
    expect(lint).toBeLessThan(lintBudget)
    expect(both - lint).toBeLessThan(checkerBudget)
  })
})
