import { normalise } from './src/normalise.js'
import { LexiconSet } from './src/matcher.js'
const set = new LexiconSet([[
  { match: ['微信', 'wechat'], watch: { initials: true } },
  { match: 'qq', watch: { aliases: ['扣扣'] } },
  { match: ['返现', '红包', '现金', '好评', '支付宝', '密码', 'telegram', 'password', '不是', 'whatsapp', 'tg'], watch: true },
]])
const cases = ['加微♡信聊', 'wēi xìn', 'weixin', 'wei xin', 'kou kou', 'k o u k o u', 'vx', 'V·X', 'Ｗ·Ｘ', '加我v信', '薇信', '威芯', '为新品', '未信', '蔻蔻', '扣扣', '反现', '违反限制', '现今', '领红🎁', '🧧', '🐧', 'p@ssw0rd', 'te1egram', 'T G', 'tg', '不，是的', '不是', '我说不，是。', '好，评价', '好 评', 'zfb', 'ZFB', 'z f b', '一三九八八八八八八八八', '①③⑨⑧⑧⑧⑧⑧⑧⑧⑧', '138O0l38000', '𝐐𝐐', 'ⓆⓆ', 'ǫǫ', 'ԛԛ', '🇶🇶', 'İwww.jd.com', 'ᴡʜᴀᴛsᴀᴘᴘ', 'Whаtsарр', '微。信', '加微。信', '返💰', 'weixin号']
for (const c of cases) {
  const n = normalise(c, set.watch)
  const m = set.scan(n.text)[0]!.map(x => `${x.pattern.phrase}@[${n.starts[x.start]},${n.ends[x.end-1]}]=${JSON.stringify(c.slice(n.starts[x.start], n.ends[x.end-1]))}`)
  console.log(JSON.stringify(c), '→', JSON.stringify(n.text), m.join(' '))
}
