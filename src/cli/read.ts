/**
 * Reading and writing library files in the encoding they are saved in.
 *
 * Shops keep reply libraries exported from Windows tools, so besides UTF-8
 * there are UTF-16 files (with a byte order mark) and GB18030/GBK files
 * (no mark, invalid as UTF-8). A file is decoded only when its bytes come
 * back unchanged from encoding the decoded text again, so that `--fix` can
 * write it back in its own encoding without touching anything else; any
 * other file is refused, never linted as garbage or rewritten.
 */
import fs from 'node:fs'
import iconv from 'iconv-lite'

/** How a file is saved. */
export interface FileEncoding {
  /** `utf8`, `utf16le`, `utf16be` or `gb18030` (which reads GBK and GB2312 too). */
  readonly name: 'utf8' | 'utf16le' | 'utf16be' | 'gb18030'
  /** Whether it starts with a byte order mark. */
  readonly bom: boolean
}

/** A file that cannot be read or written: one line for the user, exit status 2. */
export class FileError extends Error {
  constructor(
    /** The file as reported. */
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`)
  }
}

/** A file's text (without its byte order mark) and how it is saved. */
export interface Decoded {
  /** The text, without a byte order mark. */
  readonly text: string
  /** How the file is saved. */
  readonly encoding: FileEncoding
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

/** Whether `text` encodes back to exactly `bytes` (no byte was replaced while decoding). */
function roundTrips(text: string, bytes: Uint8Array, encoding: FileEncoding['name']): boolean {
  return Buffer.compare(iconv.encode(text, encoding), bytes) === 0
}

/**
 * Decode a file's bytes.
 *
 * @param name The file as reported, for the error.
 * @throws {FileError} When the bytes are no text replylint can read back and write again.
 */
export function decode(bytes: Uint8Array, name: string): Decoded {
  const fail = (why: string) => new FileError(name, `${why}; save it as UTF-8 (or UTF-16 with a byte order mark, or GB18030)`)
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    try {
      return { text: strictUtf8.decode(bytes.subarray(3)), encoding: { name: 'utf8', bom: true } }
    } catch {
      throw fail('not valid UTF-8 though it starts with a UTF-8 byte order mark')
    }
  }
  for (const [name16, mark] of [
    ['utf16le', [0xff, 0xfe]],
    ['utf16be', [0xfe, 0xff]],
  ] as const) {
    if (!startsWith(bytes, ...mark)) continue
    const body = bytes.subarray(2)
    const text = iconv.decode(Buffer.from(body), name16, { stripBOM: false })
    if (body.length % 2 !== 0 || !roundTrips(text, body, name16)) throw fail(`not valid ${name16 === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'}`)
    return { text, encoding: { name: name16, bom: true } }
  }
  // Text never holds NUL: it is UTF-16 without a byte order mark, or no text at all.
  if (bytes.includes(0)) throw fail('not text (it holds NUL bytes: UTF-16 without a byte order mark?)')
  try {
    return { text: strictUtf8.decode(bytes), encoding: { name: 'utf8', bom: false } }
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030')
    if (!text.includes('\ufffd') && roundTrips(text, bytes, 'gb18030')) return { text, encoding: { name: 'gb18030', bom: false } }
    throw fail('neither UTF-8 nor GB18030')
  }
}

/** The bytes of `text` saved as `encoding`. */
export function encode(text: string, encoding: FileEncoding): Uint8Array {
  const body = encoding.name === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding.name)
  if (!encoding.bom) return body
  const mark = encoding.name === 'utf16le' ? [0xff, 0xfe] : encoding.name === 'utf16be' ? [0xfe, 0xff] : [0xef, 0xbb, 0xbf]
  return Buffer.concat([Buffer.from(mark), body])
}

/** Why a file operation failed, in words (`EACCES` → `permission denied`). */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const known: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EMFILE: 'too many open files',
  }
  return (code && known[code]) ?? (error instanceof Error ? error.message : String(error))
}

/**
 * Read and decode a file.
 *
 * @throws {FileError} When it cannot be read or decoded.
 */
export function readFile(file: string, name: string): Decoded {
  let bytes: Uint8Array
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    throw new FileError(name, `cannot read it (${reason(error)})`)
  }
  return decode(bytes, name)
}

/**
 * Write a file in its encoding.
 *
 * @throws {FileError} When it cannot be written (read-only, a missing folder).
 */
export function writeFile(file: string, name: string, text: string, encoding: FileEncoding): void {
  try {
    fs.writeFileSync(file, encode(text, encoding))
  } catch (error) {
    throw new FileError(name, `cannot write it (${reason(error)})`)
  }
}

/** A part of a file that ends at a line break: its text and where it starts in the whole file. */
export interface Piece {
  readonly text: string
  /** Offset of its first character in the file's text (UTF-16 code units, without a byte order mark). */
  readonly offset: number
  /** Its first line's number in the file (1-based). */
  readonly line: number
}

/** Bytes read at a time by `pieces`. */
const pieceBytes = 4 * 1024 * 1024

/** Whether a file is UTF-8 (with or without a byte order mark), read a part at a time. */
function isUtf8(fd: number, size: number): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const buffer = Buffer.alloc(size)
  let position = 0
  try {
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, position)
      if (read === 0) break
      if (position === 0 && (startsWith(buffer, 0xff, 0xfe) || startsWith(buffer, 0xfe, 0xff) || buffer.subarray(0, read).includes(0))) return false
      if (position > 0 && buffer.subarray(0, read).includes(0)) return false
      decoder.decode(buffer.subarray(0, read), { stream: true })
      position += read
    }
    decoder.decode()
    return true
  } catch (error) {
    if (error instanceof TypeError) return false
    throw error
  }
}

/**
 * A UTF-8 file a part at a time, each part whole lines, so that a library
 * of any size is read in the memory of a part; `undefined` when the file is
 * in another encoding (read it whole with `readFile`).
 *
 * @param size Bytes read at a time (a piece is longer when a line is).
 * @throws {FileError} When it cannot be read.
 */
export function pieces(file: string, name: string, size = pieceBytes): Iterable<Piece> | undefined {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch (error) {
    throw new FileError(name, `cannot read it (${reason(error)})`)
  }
  try {
    if (!isUtf8(fd, size)) {
      fs.closeSync(fd)
      return undefined
    }
  } catch (error) {
    fs.closeSync(fd)
    throw new FileError(name, `cannot read it (${reason(error)})`)
  }
  return {
    *[Symbol.iterator]() {
      const decoder = new TextDecoder('utf-8')
      const buffer = Buffer.alloc(size)
      let position = 0
      let offset = 0
      let line = 1
      let carried = ''
      try {
        for (;;) {
          let read: number
          try {
            read = fs.readSync(fd, buffer, 0, buffer.length, position)
          } catch (error) {
            throw new FileError(name, `cannot read it (${reason(error)})`)
          }
          position += read
          const text = carried + decoder.decode(buffer.subarray(0, read), { stream: read > 0 })
          const cut = read === 0 ? text.length : text.lastIndexOf('\n') + 1
          if (cut > 0) {
            const piece = text.slice(0, cut)
            yield { text: piece, offset, line }
            offset += piece.length
            for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) line++
          }
          carried = text.slice(cut)
          if (read === 0) return
        }
      } finally {
        fs.closeSync(fd)
      }
    },
  }
}
