import { describe, expect, it } from 'vitest'
import { isQuestion } from '../src/language/questions.js'

const asks = (normal: string) => isQuestion({ normal })

describe('isQuestion', () => {
  it('takes a question mark, 吗/么, and 呢 after a question word', () => {
    expect(asks('您收到货了吗~😊')).toBe(true)
    expect(asks('Which size?')).toBe(true)
    expect(asks('是哪个订单呢')).toBe(true)
    expect(asks('我们马上处理呢')).toBe(false)
  })

  it('takes a tag that asks for a yes, alone or before 嘛', () => {
    expect(asks('按照这个流程下载可以嘛')).toBe(true)
    expect(asks('明天发货好不好')).toBe(true)
    expect(asks('这样行不行~')).toBe(true)
    // `是嘛` is an exclamation ("is that so!"), and 嘛 after a statement stresses it.
    expect(asks('找到了是嘛')).toBe(false)
    expect(asks('这个很简单嘛')).toBe(false)
  })
  it.each([
    // A tag that asks the other to confirm, not a bare 吧.
    ['修改手机号对吧', true],
    ['这个订单没错吧', true],
    ['是这个地址是不是', true],
    ['还有货有没有', true],
    ['等着吧', false],
    ['那就这样吧', false],
    // A yes-or-no asked with its negation alone at the end, not a refusal.
    ['好评有返现不', true],
    ['钱能退回来不', true],
    ['有货没', true],
    ['我就是不', false],
    ['我们是不会退的，就是不', false],
    ['说了不要就不', false],
  ])('takes a tag or a negation alone at the end that asks, not a bare 吧 or a refusal: %s', (text, question) => {
    expect(asks(text)).toBe(question)
  })
})
