/**
 * What `greet-first` inserts, by reply language (003 "您好，我是客服奧黛麗，很高興為您服務").
 */

/** The greeting prepended by the fix. */
export const greetings = { zh: '您好，', en: 'Hi! ' } as const
