// An esbuild plugin for the builds that ship: the built-in rules' constructions carry their
// documentation (`meaning`, `example`, `exampleCustomer`: one line each, read by the rule pages
// and the tests from the sources), which no lint reads. Left out of the bundles, they cost
// nothing in a chat tool. Custom rules keep theirs: they are compiled from a configuration.
import fs from 'node:fs/promises'

/** One documentation property of a construction, on a line of its own. */
const docLine = /^[ \t]+(?:meaning|example|exampleCustomer): (['"`])(?:\\.|(?!\1)[^\\\n])*\1,[ \t]*\n/gm

/** Source of a rule module without its constructions' documentation. */
export function stripDocs(source) {
  return source.replace(docLine, '')
}

/** The esbuild plugin: applies `stripDocs` to `rules/*.ts`. */
export function stripDocsPlugin() {
  return {
    name: 'replylint-strip-docs',
    setup(build) {
      build.onLoad({ filter: /[\\/]rules[\\/][^\\/]+\.ts$/ }, async (args) => ({
        contents: stripDocs(await fs.readFile(args.path, 'utf8')),
        loader: 'ts',
      }))
    },
  }
}
