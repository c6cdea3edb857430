/**
 * How much noise may stand inside a word before it stops being one word.
 */

/**
 * Noise characters (spaces, symbols, emoji, punctuation) that may stand
 * between two characters of a word: `微♡♡♡信` is still 微信, a longer run
 * separates two words. Both the normaliser's joiner symbols and the watch
 * pass keep to it.
 */
export const maxGap = 3
