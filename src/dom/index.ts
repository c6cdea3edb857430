/**
 * `replylint/dom`: the drop-in checker for a chat tool's reply box.
 *
 * ```js
 * import { attach } from 'replylint/dom'
 * const checker = attach(document.querySelector('#reply'))
 * send.onclick = async () => (await checker.beforeSend()) && sendReply()
 * ```
 */
export { attach } from './checker.js'
export type * from './types.js'
