// The yardstick of issue 9's budget: a bare Aho–Corasick scan of about 50 words, with no
// normalising, parsing or rules: what any keyword filter costs per reply. Map-based tries, as
// small filters are usually written.

/** Fifty words a keyword filter of a shop would watch. */
export const words = [
  '微信', '加我', 'qq', '返现', '好评', '红包', '现金', '验证码', '密码', '京东', '拼多多', '淘宝', '抖音', '私聊', '电话',
  '不能', '不行', '没办法', '无法', '抱歉', '不好意思', '对不起', '谢谢', '感谢', '您好', '你好', '亲', '稍等', '麻烦', '请',
  '自己', '赶紧', '快点', '必须', '难道', '不是', '怎么', '为什么', '保证', '绝对', '肯定', '一定', '合适', '尺码', '退款',
  '发货', '快递', '订单', '地址', '客服',
]

/** An Aho–Corasick automaton over `patterns`; `count(text)` returns the number of matches. */
export function bareScanner(patterns) {
  const goto = [new Map()]
  const out = [0]
  for (const word of patterns) {
    let node = 0
    for (const char of word) {
      let next = goto[node].get(char)
      if (next === undefined) {
        next = goto.length
        goto.push(new Map())
        out.push(0)
        goto[node].set(char, next)
      }
      node = next
    }
    out[node]++
  }
  const fail = new Int32Array(goto.length)
  const queue = [...goto[0].values()]
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]
    for (const [char, child] of goto[node]) {
      let f = fail[node]
      while (f !== 0 && !goto[f].has(char)) f = fail[f]
      const target = goto[f].get(char)
      fail[child] = target !== undefined && target !== child ? target : 0
      out[child] += out[fail[child]]
      queue.push(child)
    }
  }
  return {
    count(text) {
      let node = 0
      let found = 0
      for (const char of text) {
        let next = goto[node].get(char)
        while (next === undefined && node !== 0) {
          node = fail[node]
          next = goto[node].get(char)
        }
        node = next ?? 0
        found += out[node]
      }
      return found
    },
  }
}
