/**
 * The plain statements of `no-rhetorical-question` (000 "避免用命令式、反問式"): what the agent
 * should have said instead of the question, by what the question meant: "didn't you see it?"
 * (`unseen`), "we told you" (`told`), "isn't it obvious?" (`obvious`), "can't you do it
 * yourself?" (`yourself`), "how could it?" (`impossible`), "is this necessary?" (`fuss`),
 * "whose fault is it?" (`blame`). `{X}` and `{V}` are filled from the question.
 */

/** A plain statement, in simplified Chinese (the engine writes it traditional for a traditional reply); `{X}`, `{V}` are filled from the question. */
export type Statement = string

/** The plain statements, by meaning; the `With` ones take a word from the question. */
export const statements = {
  unseenWith: '{X}上有写明哦，我们也可以帮您再确认一下',
  unseen: '我们帮您再确认一下哦',
  told: '我们再为您说明一下哦',
  obvious: '我们为您详细说明一下哦',
  yourselfWith: '您可以{V}一下哦，我们也可以帮您确认一下',
  yourself: '我们帮您看一下哦',
  impossibleWith: '正常情况下是不会{X}的哦，我们帮您看一下具体情况',
  impossible: '我们帮您看一下具体情况哦',
  fuss: '我们理解您的心情，一起来看看怎么解决哦',
  blame: '我们现在就帮您处理哦',
} as const satisfies Record<string, Statement>

/** The plain statements in English, by meaning. */
export const englishStatements = {
  unseenWith: 'The {X} has the details, and we are happy to go over it with you',
  unseen: 'We are happy to go over it with you',
  told: 'Let us explain it once more',
  obvious: 'Let us explain',
  yourself: 'We are happy to check it for you',
  impossible: 'Let us look into what happened',
  fuss: 'We understand, and we will sort it out together',
  blame: 'We are happy to help with this now',
} as const satisfies Record<string, string>
