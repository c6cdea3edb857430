/** Typed arrays that grow: tables of a megabyte's tokens or hits kept outside the garbage-collected heap. */

/** The typed arrays the engine grows. */
type Growable = Int32Array | Float64Array

/** A copy of `array` twice as long (at least 16), for appending past its end. */
export function doubled<T extends Growable>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(Math.max(16, array.length * 2))
  larger.set(array)
  return larger
}
