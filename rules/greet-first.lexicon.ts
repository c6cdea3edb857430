/**
 * What `greet-first` inserts, by reply language (003 "您好，我是客服奧黛麗，很高興為您服務").
 */

/** The greeting prepended by the fix. */
export const greetings = { zh: '您好，', en: 'Hi! ' } as const

/** Leading `@handle`s of a reply tweet (and the `.` some put before them), with the spaces after. */
export const mentions = /^\.?(?:@\w{1,30}[\s,:]*)+/

/**
 * Marks of a reply that continues an earlier one: a part number such as
 * `2/2`, `(2/3)`, `[2/2]` in brackets or at the very end (after the links and
 * the agent's signature are taken off), or an opening ellipsis after the
 * handles (`@115957 ...products`), or an opening that adds to a reply already
 * sent to the same post (`Also, …`, `另外，…`). A bare `3/5` inside the text is
 * a date.
 */
export const continuation = {
  bracketed: /[([（](\d) ?\/ ?(\d)[)\]）]/g,
  last: /(?<![\d/])(\d) ?\/ ?(\d)[.\s]*$/,
  tail: /(?:\s+(?:https?:\/\/\S+|[\^*-]\s?[A-Za-z]{1,20}|\.{2,}|…))+\s*$/,
  opening: /^\.?(?:@\w{1,30}\s*)*(?:\.{2,}|…)/,
  /** A second reply to the same post opens by adding to the first (`Also, …`, `P.S. …`, `另外，…`, `补充一下`). */
  adding: /^\.?(?:@\w{1,30}\s*)*(?:(?:also|additionally|in addition|p\.?\s?s\.?|one more thing|further to (?:our|my) (?:last|previous|earlier))\b|另外|补充一下|补充说明|再补充|还有就是)/i,
} as const
