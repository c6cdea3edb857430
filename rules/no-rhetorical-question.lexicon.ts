/**
 * The plain statements of `no-rhetorical-question` (000 "避免用命令式、反問式") that keep what the
 * question was about (`{X}` is filled from it): "didn't you see it?" (`unseenWith`), "can't you
 * do it yourself?" (`yourselfWith`), "how could it?" (`impossibleWith`). A fixed line that would
 * stand for any question (`我们理解您的心情…`) is offered nowhere: readers found it wiped out what
 * the question said (2 of 24 natural), so the message asks for a plain statement instead.
 */

/** A plain statement, in simplified Chinese (the engine writes it traditional for a traditional reply); `{X}`, `{V}` are filled from the question. */
export type Statement = string

/** The plain statements, by meaning; the `With` ones take a word from the question. */
export const statements = {
  unseenWith: '{X}上有写明哦，我们也可以帮您再确认一下',
  yourselfWith: '您可以{V}一下哦，我们也可以帮您确认一下',
  impossibleWith: '正常情况下是不会{X}的哦，我们帮您看一下具体情况',
} as const satisfies Record<string, Statement>

/** The plain statements in English, by meaning. */
export const englishStatements = {
  unseenWith: 'The {X} has the details, and we are happy to go over it with you',
} as const satisfies Record<string, string>
