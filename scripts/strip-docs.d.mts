import type { Plugin } from 'esbuild'
/** Source of a rule module without its constructions' documentation. */
export function stripDocs(source: string): string
/** The esbuild plugin that applies `stripDocs` to `rules/*.ts`. */
export function stripDocsPlugin(): Plugin
