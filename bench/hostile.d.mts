/** Types of bench/hostile.mjs (see there). */
export interface HostilePattern {
  readonly name: string
  readonly text: (size: number) => string
}
export function repeatTo(unit: string, size: number): string
export function random(seed: number): () => number
export const pieces: readonly string[]
export function randomMix(size: number, seed?: number): string
export const hostileReplies: readonly HostilePattern[]
export const cashRebate: HostilePattern
export function conversationOf(size: number): Array<{ role: 'customer' | 'agent'; text: string }>
