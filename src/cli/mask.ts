/**
 * Masking: phone numbers, order ids and tracking numbers that a diagnostic
 * echoes (in its `actual`, `message`, `expected`, fix or a reply preview) are
 * masked in every output format, so CI logs never spread a customer's data.
 */
import { findIdentifiers, maskIdentifiers, maskValue } from '../language/identifiers.js'
import type { Diagnostic } from '../types.js'

/** Masks what a reply's diagnostics repeat of it. */
export class Masker {
  private readonly identifiers: ReadonlyArray<{ start: number; end: number; raw: string }>

  /** @param reply The reply the diagnostics are about (identifiers are found in context: `订单号 123456`). */
  constructor(private readonly reply: string) {
    this.identifiers = findIdentifiers(reply)
      .map(({ start, end }) => ({ start, end, raw: reply.slice(start, end) }))
      .sort((a, b) => b.raw.length - a.raw.length)
  }

  /** Mask any text: the reply's own identifiers wherever they appear, and anything that looks like one. */
  text(text: string): string {
    let out = text
    for (const { raw } of this.identifiers) out = out.replaceAll(raw, maskValue(raw))
    return maskIdentifiers(out)
  }

  /** The reply's `[start, end)`, masked, also where the span holds only part of an identifier. */
  span(start: number, end: number): string {
    let out = ''
    let position = start
    for (const identifier of [...this.identifiers].sort((a, b) => a.start - b.start)) {
      const from = Math.max(identifier.start, position)
      const to = Math.min(identifier.end, end)
      if (from >= to) continue
      out += this.reply.slice(position, from) + maskValue(this.reply.slice(from, to))
      position = to
    }
    return this.text(out + this.reply.slice(position, end))
  }

  /** A copy of a diagnostic of the reply with everything it echoes masked. */
  diagnostic(diagnostic: Diagnostic): Diagnostic {
    const masked: Diagnostic = {
      ...diagnostic,
      message: this.text(diagnostic.message),
      actual: this.span(diagnostic.start.offset, diagnostic.end.offset),
      expected: diagnostic.expected.map((text) => this.text(text)),
    }
    if (diagnostic.fix) masked.fix = { range: diagnostic.fix.range, text: this.text(diagnostic.fix.text) }
    return masked
  }
}
