/**
 * Sentence type: is a sentence a question?
 */
import { isHan } from '../chars.js'
import type { SentenceInfo } from '../types.js'

/** Marks, particles of tone and emoji that may follow a question's last word. */
const trailing = new Set([...' \n~!.。…)]"\'”’】）哈呀啊哦嘛'].map((c) => c.codePointAt(0)!))
const pictographic = /[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Mn}]/u
/**
 * Tags that ask for a yes, alone or before `嘛` (`可以嘛`, `好不好`), and tags that ask the other to
 * confirm (`修改手机号对吧`, `是这个订单是不是`): a `吧` after `对`/`是`/`没错` asks, a bare `吧` does not
 * (`等着吧`).
 */
const tagQuestions = /(?:好不好|行不行|可不可以|对不对|可以不|能不能|行吗|好吗|对吧|是吧|没错吧|对不|是不是|有没有|要不要|行不|好不)$/
const tagWithParticle = /(?:可以|好|行|对)$/
/**
 * A yes-or-no asked with its negation alone at the end (`好评有返现不`, `能退不`, `有货没`): a verb of having,
 * being able or wanting before it, and no adverb that makes the negation a statement (`就是不`, `偏不`, `才不`).
 * Bounded, so the test stays linear.
 */
const negatedTail = /(?:有|能|会|要|可以|行|是)[^，,。；;！!？?\s]{0,12}(?<![是就也都还才偏绝决并从再可])[不没]$/
/** Question words that make a sentence ending in `呢` a question. */
const questionWords = ['什么', '哪', '怎么', '为什么', '为啥', '谁', '几', '多少', '是否', '难道', '如何', '咋']

/**
 * Whether a sentence asks something: it ends with a question mark, or with
 * `吗`/`么`, or with a tag (`可以嘛`, `好不好`, `对吧`), or with `呢` after a question word. Trailing tone particles,
 * tildes and emoji are skipped (`有货吗~😊`).
 *
 * @param sentence A sentence (or clause) with its normalised text.
 */
export function isQuestion(sentence: Pick<SentenceInfo, 'normal'>): boolean {
  const text = sentence.normal
  // Scanned from the end, one step per character, so hostile input stays linear.
  let end = text.length
  while (end > 0) {
    const cp = text.codePointAt(end - 1)!
    const low = cp >= 0xdc00 && cp <= 0xdfff
    const full = low && end >= 2 ? text.codePointAt(end - 2)! : cp
    if (full === 0x3f || full === 0xff1f) return true
    // A Han character is never a mark or an emoji: most clauses end in one, and need no RegExp.
    if (!trailing.has(full) && (isHan(full) || !pictographic.test(String.fromCodePoint(full)))) break
    end -= full > 0xffff ? 2 : 1
  }
  const last = text.charAt(end - 1)
  if (last === '吗' || last === '么') return true
  // A tag question asks for a yes (`按这个流程下载可以嘛`, `明天发货好不好`).
  const body = text.slice(0, end)
  if (tagQuestions.test(body) || (text.charAt(end) === '嘛' && tagWithParticle.test(body))) return true
  if ((last === '不' || last === '没') && negatedTail.test(body)) return true
  if (last !== '呢') return false
  return questionWords.some((word) => body.includes(word))
}
